// End-to-end tests of Inspect (issue #3) in real Chromium with dist/chrome, against the Auth0 tenant emulator:
// paste → claims and explanations; right-click → inspector tab; automatic RS256 verification against the
// emulator's JWKS; key rotation → "no matching key"; XSS claims render as text (no script, no dialog, no CSP
// violation); jku/x5u/jwk headers and a foreign iss cause NO request to attacker.example; pin → toolbar badge;
// theme switch; screenshots of the popup (light, dark) and the inspector. Runs in Node (playwright-core).
import type { Page } from 'playwright-core';
import { expect, test, withTimeout } from './fixtures';
import { InspectorPage, decodeViaContextMenu } from './pages/inspector';
import { PopupPage } from './pages/popup';

declare const chrome: { action: { getBadgeText(d: object): Promise<string> }; storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url');
/** A token with any header and claims; its signature is junk (these tests are about what is NOT trusted). */
const forge = (header: object, claims: object) => `${b64url(header)}.${b64url(claims)}.${Buffer.from('not a real signature').toString('base64url')}`;
const now = () => Math.floor(Date.now() / 1000);

/** Counts CSP violations and dialogs from here on (listeners installed before the token is pasted). */
async function watchPage(page: Page): Promise<{ dialogs: string[]; csp: () => Promise<number> }> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await withTimeout(
    page.evaluate(() => {
      const w = window as unknown as { __csp: number; __pwned?: boolean };
      w.__csp = 0;
      document.addEventListener('securitypolicyviolation', () => w.__csp++);
    }),
    5_000,
    'installing the CSP listener',
  );
  return { dialogs, csp: () => withTimeout(page.evaluate(() => (window as unknown as { __csp: number }).__csp), 5_000, 'reading CSP violations') };
}

test('paste → claims explained, kind, times; an unknown tenant\'s JWKS is fetched only on "Verify", then verifies; pin → badge; light and dark', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const token = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience });
  emulator.clearLog();
  const popup = new PopupPage(await extension.openPopup());
  await popup.paste(token);

  await expect(popup.claimsJson()).resolves.toMatchObject({ iss: `https://${seed.domain}/`, aud: seed.managementAudience });
  await expect(popup.view.kind.textContent()).resolves.toContain('Management API token (machine-to-machine)');
  // No profile uses this tenant and it was never verified: nothing is fetched until the user asks (issue 13 item 2).
  await expect(popup.view.settledSignature()).resolves.toBe('Not verified yet');
  expect(emulator.requests.filter((r) => r.path === '/.well-known/jwks.json')).toEqual([]);
  await popup.view.verifyButton.scrollIntoViewIfNeeded();
  await extension.screenshot('inspect-popup-verify-ask', popup.page);
  await popup.view.verifyButton.click();
  await popup.view.signatureBecomes('Signature verified');
  await expect(popup.view.verifyResult.textContent()).resolves.toContain(`https://${seed.domain}/.well-known/jwks.json`);
  await expect(popup.view.timeBadge.textContent()).resolves.toBe('Not expired');
  await expect(popup.view.claimsTable.textContent()).resolves.toContain('issuer: the Auth0 tenant');
  await expect(popup.view.lifetime.textContent()).resolves.toContain("Auth0's default of 86400 s");
  await expect(popup.view.relativeTime.textContent()).resolves.toMatch(/expires in (23|24) h/);
  await expect(popup.view.scopeGroups.textContent()).resolves.toMatch(/users: read/);
  // The JWKS came from the tenant (the emulator), fetched by the background, and nothing else was asked for.
  const jwks = emulator.requests.filter((r) => r.path === '/.well-known/jwks.json');
  expect(jwks.map((r) => r.host)).toEqual([seed.domain]);

  await popup.view.pinButton.click();
  await popup.view.unpinButton.waitFor({ timeout: 5_000 });
  const badge = await extension.evalInWorker(() => chrome.action.getBadgeText({}), undefined, 'reading the badge');
  expect(badge).toMatch(/^\d+m$|^\d+h$/);

  await popup.page.emulateMedia({ colorScheme: 'light' });
  await popup.page.evaluate(() => window.scrollTo(0, 0)); // pinning scrolled the button into view
  await extension.screenshot('inspect-popup-light', popup.page);
  // The theme switch writes settings.theme (through the background) and re-themes the page.
  await popup.view.themeSelect.selectOption('dark');
  await popup.page.waitForFunction(() => document.documentElement.dataset['theme'] === 'dark', undefined, { timeout: 5_000 });
  const stored = await extension.evalInWorker(() => chrome.storage.local.get('settings'), undefined, 'reading settings');
  expect(stored['settings']).toMatchObject({ theme: 'dark' });
  await popup.page.evaluate(() => window.scrollTo(0, 0));
  await extension.screenshot('inspect-popup-dark', popup.page);
  await popup.view.relativeTime.scrollIntoViewIfNeeded();
  await extension.screenshot('inspect-popup-dark-times', popup.page);
});

test('right-click "Decode JWT" → the inspector tab shows, explains and verifies the token', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const token = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience });
  const { page } = await decodeViaContextMenu(extension, `  Bearer ${token}\n`);
  await page.setViewportSize({ width: 1280, height: 1000 });
  const inspector = new InspectorPage(page);
  await expect(inspector.claimsJson()).resolves.toMatchObject({ aud: seed.managementAudience });
  await expect(inspector.view.notes.textContent()).resolves.toContain('Removed the "Bearer" prefix');
  await expect(inspector.view.verifiedSignature()).resolves.toBe('Signature verified');
  await expect(inspector.view.countdown.textContent()).resolves.toMatch(/^\d+:\d\d:\d\d$/);
  await extension.screenshot('inspect-inspector', page);
});

test('after two key rotations, a token signed with the dropped key → "no matching key"; the new key verifies', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const old = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience });
  await emulator.rotateSigningKey();
  await emulator.rotateSigningKey(); // the JWKS keeps current + previous: the old key is gone now
  const fresh = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience });
  const popup = new PopupPage(await extension.openPopup());

  await popup.paste(fresh);
  await expect(popup.view.verifiedSignature()).resolves.toBe('Signature verified');
  await popup.paste(old);
  await expect(popup.view.settledSignature()).resolves.toBe('No matching key');
  const oldKid = JSON.parse(Buffer.from(old.split('.')[0]!, 'base64url').toString()).kid as string;
  await expect(popup.view.verifyResult.textContent()).resolves.toContain(oldKid);
  // Time is a separate badge: the token has not expired, it just cannot be verified.
  await expect(popup.view.timeBadge.textContent()).resolves.toBe('Not expired');
});

test('XSS in claims renders as text: no script, no dialog, no javascript: link, 0 CSP violations', async ({ extension }) => {
  const popup = new PopupPage(await extension.openPopup());
  const watch = await watchPage(popup.page);
  const claims = {
    iss: 'https://attacker.example/',
    sub: 'auth0|x',
    name: '<img src=x onerror="window.__pwned=true;alert(1)">',
    nickname: '</script><script>window.__pwned=true;alert(2)</script>',
    picture: 'javascript:window.__pwned=true;alert(3)',
    website: 'https://example.com/profile',
    exp: now() + 600,
  };
  await popup.paste(forge({ alg: 'RS256', typ: 'JWT', kid: '<b>k</b>' }, claims));
  await expect(popup.claimsJson()).resolves.toMatchObject({ name: claims.name });
  const table = (await popup.view.claimsTable.textContent()) ?? '';
  expect(table).toContain(claims.name);
  expect(table).toContain(claims.nickname);
  expect(table).toContain(claims.picture);
  // Only the https value became a link, and it does not send a referrer.
  await expect(popup.injectedMarkup(claims.website)).resolves.toEqual({ images: 0, inlineScripts: 0, javascriptLinks: 0, safeLinkRel: 'noreferrer' });
  await popup.page.waitForTimeout(500);
  expect(await popup.page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned ?? false)).toBe(false);
  expect(watch.dialogs).toEqual([]);
  await expect(watch.csp()).resolves.toBe(0);
});

test('jku / x5u / jwk headers pointing at attacker.example cause NO request there', async ({ emulator, extension }) => {
  const { seed } = emulator;
  emulator.clearLog();
  const popup = new PopupPage(await extension.openPopup());
  const header = {
    alg: 'RS256',
    typ: 'JWT',
    kid: 'attacker-key',
    jku: 'https://attacker.example/.well-known/jwks.json',
    x5u: 'https://attacker.example/cert.pem',
    jwk: { kty: 'RSA', n: 'AQAB', e: 'AQAB', kid: 'attacker-key' },
  };
  await popup.paste(forge(header, { iss: `https://${seed.domain}/`, sub: 'x@clients', aud: seed.managementAudience, exp: now() + 600 }));
  await expect(popup.view.verifiedSignature()).resolves.toBe('No matching key'); // after the user's Verify click
  await popup.page.waitForTimeout(500);
  expect(emulator.requests.filter((r) => r.host === 'attacker.example')).toEqual([]);
  // The only key source was the tenant's own JWKS.
  expect(emulator.requests.every((r) => r.host === seed.domain && r.path === '/.well-known/jwks.json')).toBe(true);
});

test('iss https://attacker.example/ → "issuer not trusted", and no request at all', async ({ emulator, extension }) => {
  emulator.clearLog();
  const popup = new PopupPage(await extension.openPopup());
  await popup.paste(forge({ alg: 'RS256', typ: 'JWT', kid: 'k1' }, { iss: 'https://attacker.example/', sub: 'u', aud: 'https://api.example/', exp: now() - 300 }));
  await expect(popup.view.settledSignature()).resolves.toBe('Issuer not trusted');
  await expect(popup.view.verifyResult.textContent()).resolves.toContain('No request was made');
  await expect(popup.view.timeBadge.textContent()).resolves.toBe('Expired');
  await popup.page.waitForTimeout(500);
  expect(emulator.requests).toEqual([]);
});

test('unsigned, JWE, opaque and inner-whitespace inputs get their own honest states', async ({ extension }) => {
  const popup = new PopupPage(await extension.openPopup());
  await popup.paste(`${b64url({ alg: 'none' })}.${b64url({ sub: 'x', exp: now() + 60 })}.`);
  await expect(popup.view.unsignedBadge.textContent()).resolves.toBe('UNSIGNED');
  await expect(popup.view.verifyButton.isDisabled()).resolves.toBe(true);

  await popup.paste(`${b64url({ alg: 'dir', enc: 'A256GCM', kid: 'k9' })}..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`);
  await expect(popup.view.jweNote.textContent()).resolves.toContain('payload not decodable');

  await popup.paste('Z3J2aXJ0dWFsbHlfb3BhcXVlX3Rva2Vu_x');
  await expect(popup.view.opaqueNote.textContent()).resolves.toContain('issued without an audience');

  const t = forge({ alg: 'RS256' }, { iss: 'https://attacker.example/' });
  await popup.paste(`${t.slice(0, 20)}\n ${t.slice(20)}`);
  await popup.view.stripWhitespace.click();
  await expect(popup.claimsJson()).resolves.toEqual({ iss: 'https://attacker.example/' });
});
