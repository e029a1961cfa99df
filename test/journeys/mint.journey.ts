// Mint journeys (issues #4, #11), written once for both browsers (./driver.ts): in the popup's Mint tab a plain
// client-credentials mint shows every scope granted to the application (FACTS §1: client credentials never
// narrow), and each Auth0 error is shown as its own message (wrong secret, no client grant, no client-credentials
// grant); with a minting app (set up by the privileged `mintingApp.create` message, as Options does) exact mode
// gives exactly the picked scopes after one grant PATCH, and says why when no scope is picked or the minting
// app's grant is gone from the tenant. Profiles are saved by message from the popup, as the options page does.
// The tray's mints are in ./scope-click.journey.ts.
import { GRANTED_CLIENT_SCOPES } from '../../emulator/seed';
import { check, until, type Journey, type UiPage } from './driver';
import { JOURNEY_PASSPHRASE } from './options.journey';
import { createMintingApp, demoProfile, sorted } from './scope-pages';

/** The Mint region's outcome: the granted scopes ("scopes: …"), its alert ("alert: …"), or '' for none yet. */
const outcome = (popup: UiPage): Promise<string> =>
  popup.evaluate(
    () => {
      const alert = document.querySelector('[aria-label="Mint"] [role="alert"]')?.textContent;
      if (alert) return `alert: ${alert}`;
      const granted = document.querySelector('[data-testid="granted-scopes"] code')?.textContent;
      return granted ? `scopes: ${granted}` : '';
    },
    undefined,
    'reading the Mint outcome',
  );

/** Generate, then the new outcome (one that differs from what the tab showed before the click). */
async function generate(popup: UiPage): Promise<string> {
  const before = await outcome(popup);
  await popup.click('button', 'Generate');
  return until(() => outcome(popup), (o) => o !== '' && o !== before, 'a minted token or an error', 30_000);
}

/** Ticks each scope in the Mint tab's picker (searched by name, as a user narrows the long list). */
async function pickScopes(popup: UiPage, scopes: readonly string[]): Promise<void> {
  for (const s of scopes) {
    await popup.fill('Search scopes', s);
    await popup.click('checkbox', s);
  }
  await popup.fill('Search scopes', '');
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
  {
    name: 'mint, exact mode in the popup: exactly the picked scopes after one grant PATCH; no scope picked, and a minting app whose grant is gone, each say why',
    async run({ driver, emulator }) {
      const { seed } = emulator;
      const { ext, profileId } = await demoProfile(driver, seed);
      const appClientId = await createMintingApp(ext, profileId, seed.managementAudience);
      const popup = await driver.openExtensionPage('src/popup/index.html', { popup: true });
      await popup.click('tab', 'Mint');
      // With a minting app for the Management API, exact mode is the one offered first.
      const note = await popup.text('mode-note');
      check(note.startsWith('The minting app’s grant is set to exactly the picked scopes first'), `mode note: ${note}`);

      const none = await generate(popup);
      check(none.startsWith('alert: ') && /Pick at least one scope/.test(none), `no scope picked: ${none}`);

      emulator.clearLog();
      const picked = ['read:users', 'read:logs'];
      await pickScopes(popup, picked);
      const ok = await generate(popup);
      check(ok.startsWith('scopes: ') && sorted(ok.slice(8).split(' ')) === sorted(picked), `exact mint: ${ok}`);
      const exact = await popup.text('scope-exact');
      check(exact.startsWith('The token carries exactly the 2 picked scopes'), `the popup said: ${exact}`);
      const patches = emulator.requests.filter((r) => r.method === 'PATCH' && r.path.startsWith('/api/v2/client-grants/'));
      check(patches.length === 1, `${patches.length} grant PATCHes`);
      const grant = seed.grants.find((g) => g.clientId === appClientId);
      check(grant && sorted(grant.scope) === sorted(picked), `the minting app's grant has ${grant?.scope.join(' ')}`);
      await popup.screenshot(`journey-${driver.browser}-mint-exact`);

      // The minting app's grant deleted in the tenant behind Token Workbench's back: the next mint says so.
      const at = seed.grants.indexOf(grant);
      seed.grants.splice(at, 1);
      try {
        await pickScopes(popup, ['read:clients']);
        const gone = await generate(popup);
        check(gone.startsWith('alert: ') && /no longer exists in the tenant/.test(gone), `grant gone: ${gone}`);
      } finally {
        seed.grants.splice(at, 0, grant);
      }
    },
  },
];
