// Inspect journeys (issues #2, #3), written once for both browsers (./driver.ts): paste a token in the popup →
// claims; RS256 verified against the tenant's JWKS once the user presses Verify (a tenant without a profile is
// never fetched unasked, issue #13 item 2; fetched by the background from the emulator, nothing else asked for); an HS256 token verified with a typed secret (a wrong secret says "invalid"); right-
// click "Decode JWT" on a "Bearer …" selection → the inspector tab, the token not in its URL, verified.
import { createHmac } from 'node:crypto';
import { check, type Journey } from './driver';
import { DecodedView, openPopup } from './pages';

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** An HS256 token signed with `secret` (UTF-8), as a custom API with an HS256 signing secret would issue. */
export function hs256(claims: object, secret: string): string {
  const input = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

export const inspectJourneys: Journey[] = [
  {
    name: 'inspect: paste → claims; RS256 verified against the tenant JWKS, nothing else requested',
    async run({ driver, emulator }) {
      const { seed } = emulator;
      const token = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience });
      emulator.clearLog();
      const popup = await openPopup(driver);
      await popup.paste(token);
      const claims = await popup.claims();
      check(claims.iss === `https://${seed.domain}/` && claims.aud === seed.managementAudience, `claims iss=${String(claims.iss)} aud=${String(claims.aud)}`);
      check(emulator.requests.length === 0, `requests before Verify: ${emulator.requests.map((r) => r.host).join(', ')}`);
      check((await popup.verifyOnRequest()) === 'Signature verified', `badge: ${await popup.signature()}`);
      const result = await popup.verifyResult();
      check(result.includes(`https://${seed.domain}/.well-known/jwks.json`), `verify result does not name the tenant's JWKS: ${result.slice(0, 120)}`);
      const hosts = emulator.requests.map((r) => `${r.host}${r.path}`);
      check(hosts.length >= 1 && hosts.every((h) => h === `${seed.domain}/.well-known/jwks.json`), `requests: ${hosts.join(', ')}`);
      await popup.page.screenshot(`journey-${driver.browser}-inspect-popup`);
    },
  },
  {
    name: 'inspect: an HS256 token is verified with the secret typed in; a wrong secret says "Signature invalid"',
    async run({ driver, emulator }) {
      const secret = 'journey-hs256-secret-0123456789abcdef'; // 37 bytes: above the 32-byte minimum
      const token = hs256({ iss: 'https://billing.example/', sub: 'svc@clients', aud: 'https://billing.example/api', exp: now() + 600 }, secret);
      emulator.clearLog();
      const popup = await openPopup(driver);
      await popup.paste(token);
      check((await popup.claims()).sub === 'svc@clients', 'HS256 claims not shown');
      check((await popup.signature()) === 'Signature not verified', `before a secret the badge says ${await popup.signature()}`);
      await popup.verifyWithSecret('HS256', `${secret}-wrong`);
      check((await popup.settledSignature()) === 'Signature invalid', `a wrong secret gave ${await popup.signature()}`);
      await popup.verifyWithSecret('HS256', secret);
      await popup.page.textUntil('signature-badge', (t) => t === 'Verified with your secret', 10_000);
      check(emulator.requests.length === 0, `verifying with a secret made requests: ${emulator.requests.map((r) => r.host).join(', ')}`);
      await popup.page.screenshot(`journey-${driver.browser}-inspect-hs256`);
    },
  },
  {
    name: 'inspect: right-click "Decode JWT" on "Bearer …" → inspector tab, token not in its URL, verified',
    async run({ driver, emulator }) {
      const { seed } = emulator;
      const token = await emulator.mintAccessToken({ clientId: seed.clients.explorer.clientId, audience: seed.managementAudience });
      const { page, openedUrl } = await driver.decodeViaContextMenu(`  Bearer ${token}\n`);
      check(!openedUrl.includes(token.split('.')[1]!) && !page.url().includes(token.split('.')[1]!), `the token travelled in the URL ${openedUrl}`);
      const view = new DecodedView(page);
      const claims = await view.claims();
      check(claims.sub === `${seed.clients.explorer.clientId}@clients`, `inspector shows sub=${String(claims.sub)}`);
      const notes = await page.evaluate(() => document.querySelector('[aria-label="Notes"]')?.textContent ?? '', undefined, 'reading the notes');
      check(notes.includes('Removed the "Bearer" prefix'), `notes: ${notes}`);
      check((await view.verifyOnRequest()) === 'Signature verified', `badge: ${await view.signature()}`);
      await page.screenshot(`journey-${driver.browser}-inspector`);
    },
  },
];
