// The Firefox lane's Terminate check (issue #6): in Firefox's event page, a legacy HS256 token minted by the
// product is blacklisted through the typed messages (the same ones the popup's button sends), confirmed by the
// re-check GET, and the emulator's Management API then refuses the token with 401. Messages only, no typing:
// the lane's textarea input costs ~10 s under BiDi, and this check must not lengthen or destabilise the lane.
// Runs in Node (puppeteer-core).
import type { Page } from 'puppeteer-core';
import { decodeJwt } from 'jose';
import type { Emulator } from '../../emulator/server';
import { withTimeout } from '../e2e/timeout';
import { managementCaller } from '../e2e/pages/terminate';

type Reply = { ok: boolean; data?: any; error?: { code?: string; message?: string } };

export async function blacklistInFirefox(popup: Page, emulator: Emulator): Promise<void> {
  const { seed } = emulator;
  const send = (message: unknown) =>
    withTimeout(
      popup.evaluate((m) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }).browser.runtime.sendMessage(m), message),
      20_000,
      'sendMessage',
    );
  const must = async (message: unknown): Promise<any> => {
    const r = await send(message);
    if (!r.ok) throw new Error(`${(message as { type: string }).type}: ${r.error?.message ?? 'failed'}`);
    return r.data;
  };
  await must({ type: 'vault.setup', payload: { mode: 'session' } });
  const { id: profileId } = await must({
    type: 'profiles.save',
    payload: {
      label: 'Demo',
      domain: seed.domain,
      environment: 'development',
      clientId: seed.clients.granted.clientId,
      clientSecret: seed.clients.granted.clientSecret,
      hs256Legacy: { globalClientId: seed.globalClient.clientId, secretEncoding: 'base64url', secret: seed.globalClient.clientSecret },
      acknowledgeHs256Risk: true,
    },
  });
  const { token } = await must({ type: 'mint.request', payload: { profileId, mode: 'hs256-legacy', scopes: ['read:users'] } });
  const { jti } = decodeJwt(token) as { jti: string };
  emulator.clearLog();
  const result = await must({ type: 'blacklist.add', payload: { profileId, aud: seed.globalClient.clientId, jti, confirm: 'yes' } });
  if (result.outcome !== 'blacklisted') throw new Error(`outcome ${result.outcome}: ${result.message}`);
  const posts = emulator.requests.filter((r) => r.method === 'POST' && r.path === '/api/v2/blacklists/tokens');
  if (posts.length !== 1) throw new Error(`${posts.length} blacklist POSTs`);
  const after = await managementCaller(emulator)('/api/v2/users', token);
  if (after.status !== 401) throw new Error(`the blacklisted token got ${after.status}`);
}
