// Custom-domain host permissions follow the profiles (issue 13 item 8): deleting a profile, or changing its
// custom domain, gives back the host's grant with permissions.remove unless another profile still uses it.
// Through the real `profiles.delete` / `profiles.save` handlers and a fake `ext`.
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/shared/browser', async () => {
  const m = await import('./fake-ext');
  return { ext: m.ext, extensionOrigin: () => 'chrome-extension://testextensionid' };
});
import { fake } from './fake-ext';
import { mintHandlers } from '../../../src/background/mint/handlers';
import { ITEMS } from '../../../src/shared/storage-schema';
import { write } from '../../../src/shared/storage';

const popup = { id: 'testextensionid', url: 'chrome-extension://testextensionid/src/options/index.html', origin: 'chrome-extension://testextensionid' };
const profile = (id: string, customDomain?: string) => ({
  id, label: id, domain: 'demo.us.auth0.com', ...(customDomain ? { customDomain } : {}), environment: 'development' as const, clientId: 'c',
  hasSecret: { client: false, customApi: false, legacy: false }, hs256: { customApi: null, legacy: null }, createdAt: 0, updatedAt: 0,
});

beforeEach(() => fake.reset());

describe('custom-domain host permissions follow the profiles (issue 13 item 8)', () => {
  it('deleting a profile removes its custom domain\'s grant, but only once no other profile uses it', async () => {
    await write(ITEMS.profiles, [profile('a', 'login.acme.test'), profile('b', 'login.acme.test'), profile('c')]);
    fake.granted.add('https://login.acme.test/*');
    await mintHandlers['profiles.delete']({ id: 'a' }, popup);
    expect(fake.granted.has('https://login.acme.test/*')).toBe(true); // b still uses it
    await mintHandlers['profiles.delete']({ id: 'b' }, popup);
    expect(fake.granted.has('https://login.acme.test/*')).toBe(false);
  });
  it('changing a profile\'s custom domain gives back the old host\'s grant', async () => {
    await write(ITEMS.profiles, [profile('a', 'old.acme.test')]);
    fake.granted.add('https://old.acme.test/*');
    const saved = await mintHandlers['profiles.save'](
      { id: 'a', label: 'a', domain: 'demo.us.auth0.com', customDomain: 'new.acme.test', environment: 'development', clientId: 'm2mGrantedDemoClient0000000000001' },
      popup,
    );
    expect(saved).toMatchObject({ id: 'a', needsHostPermission: 'https://new.acme.test/*' });
    expect(fake.granted.has('https://old.acme.test/*')).toBe(false);
  });
});
