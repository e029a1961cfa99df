// Figure (issue #11): exact-mode mint overhead. Ours: `mint.request` in exact mode from an extension page (the
// background PATCHes the minting app's grant, then asks for the token), measured in the page's clock around
// sendMessage. Reference: the same two requests made directly from the same page with fetch, one after the
// other (PATCH /api/v2/client-grants/{id}, then POST /oauth/token with the app's credentials). Budget: at most
// 40 ms over. A fresh scope set per run, so every exact mint is a real PATCH + token (no cache hit);
// interleaved, median of 6 each per run (each run of the figure sets up its own profile and minting app). Runs in Node; timing in the page's clock.
import type { Page } from 'playwright-core';
import { GRANTED_CLIENT_SCOPES } from '../../emulator/seed';
import { median, round, type Figure } from '../harness';
import { benchProfile, sendFrom, type BrowserBench } from './util';

const SETS: string[][] = GRANTED_CLIENT_SCOPES.slice(0, 6).map((s, i) => [s, GRANTED_CLIENT_SCOPES[(i + 3) % GRANTED_CLIENT_SCOPES.length]!]);

function timedExact(page: Page, profileId: string, scopes: string[]): Promise<number> {
  return page.evaluate(async ([id, s]) => {
    const t0 = performance.now();
    const r = (await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: { message: string } }> } } }).chrome.runtime.sendMessage({
      type: 'mint.request',
      payload: { profileId: id, mode: 'exact', scopes: s },
    }));
    if (!r.ok) throw new Error(`exact mint: ${r.error?.message}`);
    return performance.now() - t0;
  }, [profileId, scopes] as const);
}

function directPair(page: Page, o: { domain: string; grantId: string; mgmtToken: string; body: Record<string, string>; scopes: string[] }): Promise<number> {
  return page.evaluate(async (a) => {
    const t0 = performance.now();
    const p = await fetch(`https://${a.domain}/api/v2/client-grants/${a.grantId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${a.mgmtToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ scope: a.scopes }),
    });
    if (p.status !== 200) throw new Error(`direct PATCH: HTTP ${p.status}`);
    await p.json();
    const r = await fetch(`https://${a.domain}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a.body) });
    const j = (await r.json()) as { access_token?: string };
    if (!j.access_token) throw new Error(`direct token: HTTP ${r.status}`);
    return performance.now() - t0;
  }, o);
}

export async function exactFigures(b: BrowserBench): Promise<Figure[]> {
  const { seed } = b.emulator;
  const c = seed.clients.granted;
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/bench-blank.html`);
  const profileId = await benchProfile(b, page, 'Bench exact');
  const made = await sendFrom<{ clientId: string; grantId: string }>(page, 'mintingApp.create', { profileId, audience: seed.managementAudience, confirm: 'yes' });
  if (!made.ok || !made.data) throw new Error(`mintingApp.create: ${made.error?.message}`);
  const app = seed.createdClients.find((x) => x.clientId === made.data!.clientId)!;
  const mgmtToken = await b.emulator.mintAccessToken({ clientId: c.clientId, audience: seed.managementAudience });
  const body = { grant_type: 'client_credentials', client_id: app.clientId, client_secret: app.clientSecret, audience: seed.managementAudience };
  await timedExact(page, profileId, ['read:users']); // warm: the management token of the profile is cached after this
  const ours: number[] = [];
  const direct: number[] = [];
  for (const scopes of SETS) {
    direct.push(await directPair(page, { domain: seed.domain, grantId: made.data.grantId, mgmtToken, body, scopes }));
    ours.push(await timedExact(page, profileId, scopes));
  }
  await page.close();
  const over = median(ours) - median(direct);
  return [
    {
      name: 'exact mint: PATCH grant + token, over two direct fetches',
      ours: round(median(ours)),
      reference: round(median(direct)),
      ratio: null,
      budget: '≤ +40 ms',
      unit: 'ms',
      pass: over <= 40,
      key: round(over),
      note: `over the direct PATCH + token fetches: ${round(over)} ms (median of ${SETS.length} each; a fresh scope set per mint)`,
    },
  ];
}
