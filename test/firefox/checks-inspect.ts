// Inspect checks of the Firefox lane (issues #2 and #3; Node, puppeteer-core): the popup decodes a pasted token,
// shows "Signature verified" for an emulator-minted RS256 token (JWKS fetched by the event page from the emulator
// on 443), the event page answers typed messages, and the right-click "Decode JWT" path opens the inspector tab.
import { withTimeout } from '../e2e/timeout';
import { gotoExtensionPage } from './launch';
import { assert, shot, textOf, type LaneContext } from './context';
import { clickDecodeMenu, pollIn, sender, waitForTab } from './ext';

const SETTLED = new Set(['', 'Verifying…', 'Signature not verified']);

export async function popupDecodes(t: LaneContext): Promise<void> {
  const { emulator, popup } = t;
  const { seed } = emulator;
  const token = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience });
  await gotoExtensionPage(popup, 'src/popup/index.html');
  emulator.clearLog();
  const input = await popup.waitForSelector('::-p-aria(Paste a token \\(JWT, JWE or opaque\\))', { timeout: 5_000 });
  assert(input, 'no textarea labelled "Paste a token"');
  // Typed key by key (~9 s): puppeteer's Locator.fill times out on this textarea under BiDi (24.43.1).
  await withTimeout(input.type(token), 25_000, 'typing the token');
  const claims = JSON.parse((await textOf(popup, '[data-testid="claims-json"]', 5_000)) || '{}') as Record<string, unknown>;
  assert(claims.iss === 'https://demo.us.auth0.com/', `iss is ${String(claims.iss)}`);
  assert(claims.sub === `${seed.clients.granted.clientId}@clients`, `sub is ${String(claims.sub)}`);
  await shot(popup, 'popup');
}

/** Runs after popupDecodes, on the token it typed. */
export async function popupVerifies(t: LaneContext): Promise<void> {
  const { emulator, popup } = t;
  const badge = await pollIn(
    popup,
    () => {
      const text = document.querySelector('[data-testid="signature-badge"]')?.textContent ?? '';
      // No profile uses the tenant yet: the extension asks before fetching its keys (issue 13 item 2).
      if (text === 'Not verified yet') [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Verify')?.click();
      return text === 'Signature verified' ? text : null;
    },
    'waiting for "Signature verified"',
    10_000,
  ).catch(async (e: Error) => {
    const now = await textOf(popup, '[data-testid="signature-badge"]', 1_000).catch(() => '(no badge)');
    throw new Error(`${SETTLED.has(now) ? 'verification never settled' : `badge says "${now}"`}: ${e.message}`);
  });
  assert(badge === 'Signature verified', `badge ${badge}`);
  const result = await textOf(popup, '[data-testid="verify-result"]', 2_000);
  assert(result.includes(`https://${emulator.seed.domain}/.well-known/jwks.json`), `verify result does not name the tenant's JWKS: ${result.slice(0, 120)}`);
  const jwks = emulator.requests.filter((r) => r.path === '/.well-known/jwks.json');
  assert(jwks.length >= 1, 'the emulator saw no JWKS request');
  assert(jwks.every((r) => r.host === emulator.seed.domain && r.status === 200), `JWKS requests: ${JSON.stringify(jwks.map((r) => [r.host, r.status]))}`);
  await shot(popup, 'popup-verified');
}

export async function pingAnswered(t: LaneContext): Promise<void> {
  const send = sender(t.popup);
  const ok = await send<{ version?: string; context?: string }>('ping', {}, 5_000);
  assert(ok.ok && typeof ok.data?.version === 'string' && ok.data.context === 'background', `ping answered ${JSON.stringify(ok)}`);
  const bad = await send('ping', { x: 1 }, 5_000);
  assert(!bad.ok && bad.error?.code === 'ERR_INVALID_MESSAGE', `invalid ping answered ${JSON.stringify(bad)}`);
  const unknown = await send('no.such.message', {}, 5_000);
  assert(!unknown.ok && unknown.error?.code === 'ERR_UNKNOWN_TYPE', `an unknown message type was answered ${JSON.stringify(unknown)}`);
}

export async function rightClickDecodes(t: LaneContext): Promise<void> {
  const { browser, emulator, popup } = t;
  const { seed } = emulator;
  const token = await emulator.mintAccessToken({ clientId: seed.clients.explorer.clientId, audience: seed.managementAudience });
  const opened = waitForTab(browser, (url) => url.includes('/src/inspector/index.html'), 10_000);
  opened.catch(() => undefined); // awaited below; keeps a failed call above from leaving it unhandled
  const where = await clickDecodeMenu(popup, `Bearer ${token}`);
  assert(where.endsWith('_generated_background_page.html'), `the hook ran in ${where}`);
  const inspector = await opened;
  try {
    assert(!inspector.url().includes(token.split('.')[1]!), 'the token travelled in the inspector URL');
    const text = await pollIn(inspector, () => document.querySelector('[data-testid="claims-json"]')?.textContent, 'the inspector claims', 10_000);
    const claims = JSON.parse(text) as { sub?: string };
    assert(claims.sub === `${seed.clients.explorer.clientId}@clients`, `inspector shows sub=${claims.sub}`);
    await inspector.setViewport({ width: 1100, height: 800 });
    await shot(inspector, 'inspector');
  } finally {
    await withTimeout(inspector.close(), 5_000, 'closing the inspector').catch(() => undefined);
  }
}
