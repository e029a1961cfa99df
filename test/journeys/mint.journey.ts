// Mint journey (issue #4), written once for both browsers (./driver.ts): in the popup's Mint tab a plain
// client-credentials mint shows every scope granted to the application (FACTS §1: client credentials never
// narrow), and each Auth0 error is shown as its own message (wrong secret, no client grant, no client-credentials
// grant). Profiles are saved by message from the popup, as the options page does. Exact mode and the tray are
// still covered per browser (test/e2e/mint.e2e.ts, scope-click.e2e.ts; the Firefox lane's tray check).
import { GRANTED_CLIENT_SCOPES } from '../../emulator/seed';
import { check, type Journey, type UiPage } from './driver';
import { JOURNEY_PASSPHRASE } from './options.journey';

const sorted = (a: readonly string[]) => [...a].sort().join(' ');

/** Generate, then the granted scopes ("scopes: …") or the Mint region's alert ("alert: …"), whichever comes. */
async function generate(popup: UiPage): Promise<string> {
  await popup.click('button', 'Generate');
  return popup.poll(
    () => {
      const alert = document.querySelector('[aria-label="Mint"] [role="alert"]')?.textContent;
      if (alert) return `alert: ${alert}`;
      const granted = document.querySelector('[data-testid="granted-scopes"] code')?.textContent;
      return granted ? `scopes: ${granted}` : '';
    },
    undefined,
    'a minted token or an error',
    30_000,
  );
}

export const mintJourneys: Journey[] = [
  {
    name: 'mint: the popup mints with client credentials (every granted scope) and shows each Auth0 error as its message',
    async run({ driver, emulator }) {
      const { seed } = emulator;
      const c = seed.clients;
      const setup = await driver.openExtensionPage('src/popup/index.html', { popup: true });
      check((await setup.send('vault.setup', { mode: 'passphrase', passphrase: JOURNEY_PASSPHRASE })).ok, 'vault.setup failed');
      const profiles: [string, string, string][] = [
        ['Demo', c.granted.clientId, c.granted.clientSecret],
        ['Wrong secret', c.granted.clientId, 'not-the-secret-0000000000000000'],
        ['Ungranted', c.ungranted.clientId, c.ungranted.clientSecret],
        ['No CC', c.noClientCredentials.clientId, c.noClientCredentials.clientSecret],
      ];
      for (const [label, clientId, clientSecret] of profiles) {
        const r = await setup.send('profiles.save', { label, domain: seed.domain, environment: 'development', clientId, clientSecret });
        check(r.ok, `profiles.save ${label}: ${r.error?.message}`);
      }
      await setup.close();

      const popup = await driver.openExtensionPage('src/popup/index.html', { popup: true });
      await popup.click('tab', 'Mint');
      await popup.select('Profile', `Demo — ${seed.domain} (development)`);
      emulator.clearLog();
      const ok = await generate(popup);
      check(ok.startsWith('scopes: '), `the Demo mint failed: ${ok}`);
      check(sorted(ok.slice(8).split(' ').filter(Boolean)) === sorted(GRANTED_CLIENT_SCOPES), `granted: ${ok.slice(8)}`);
      const posts = emulator.requests.filter((r) => r.method === 'POST' && r.path === '/oauth/token');
      check(posts.length === 1 && (posts[0]!.body as { grant_type?: string }).grant_type === 'client_credentials', `${posts.length} token requests`);
      const masked = await popup.text('minted-token');
      check(/^•+ \(\d+ characters, hidden\)$/.test(masked.trim()), `the token is not masked: ${masked.slice(0, 40)}`);
      await popup.screenshot(`journey-${driver.browser}-mint`);

      for (const [label, message] of [
        ['Wrong secret', /Wrong client ID or client secret/],
        ['Ungranted', /no client grant/],
        ['No CC', /Client Credentials grant/],
      ] as const) {
        await popup.select('Profile', `${label} — ${seed.domain} (development)`);
        const out = await generate(popup);
        check(out.startsWith('alert: ') && message.test(out), `${label}: ${out}`);
      }
      await popup.screenshot(`journey-${driver.browser}-mint-error`);
    },
  },
];
