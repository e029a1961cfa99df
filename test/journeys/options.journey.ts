// Options journey (issue #4, SECURITY B5), written once for both browsers (./driver.ts): create a passphrase
// vault, add the demo tenant profile through the form, lock, a wrong passphrase is refused with a human
// message, the right one unlocks; the client secret is in clear in no storage area and not in the page.
import { check, type Journey } from './driver';
import { dumpStorage, OptionsUi } from './pages';

// Issue 13 raises the passphrase minimum to 12 characters: journeys use a longer one.
export const JOURNEY_PASSPHRASE = 'journey passphrase: correct horse battery staple';

export const optionsJourneys: Journey[] = [
  {
    name: 'options: create the vault, add a profile, lock, wrong passphrase refused, unlock; no secret in clear',
    async run({ driver, emulator }) {
      const { seed } = emulator;
      const options = await OptionsUi.open(driver);
      await options.createVault(JOURNEY_PASSPHRASE);
      await options.addProfile({ label: 'Demo', domain: seed.domain, clientId: seed.clients.granted.clientId, clientSecret: seed.clients.granted.clientSecret });
      const card = await options.page.evaluate(() => document.querySelector('[aria-label="Profile Demo"]')?.textContent ?? '', undefined, 'reading the profile card');
      check(card.includes(seed.domain) && card.includes('secret ••• saved'), `profile card: ${card.slice(0, 200)}`);
      await options.page.screenshot(`journey-${driver.browser}-options-profile`);

      await options.lockNow();
      check(await options.vaultLocked(), 'vault.status does not say locked after Lock now');
      await options.tryUnlock(`${JOURNEY_PASSPHRASE}!`);
      const alert = await options.page.poll(() => document.querySelector('[role="alert"]')?.textContent ?? '', undefined, 'the wrong-passphrase alert', 20_000);
      check(/passphrase is wrong/.test(alert), `wrong passphrase said: ${alert}`);
      check(await options.vaultLocked(), 'a wrong passphrase unlocked the vault');
      await options.tryUnlock(JOURNEY_PASSPHRASE);
      await options.page.waitFor('button', 'Lock now', 20_000);
      check(!(await options.vaultLocked()), 'the right passphrase did not unlock');

      const secret = seed.clients.granted.clientSecret;
      const storage = await dumpStorage(options.page);
      check(!storage.includes(secret) && !storage.includes(Buffer.from(secret).toString('base64')), 'the client secret is in clear in storage');
      const dom = await options.page.evaluate(() => document.documentElement.outerHTML + [...document.querySelectorAll('input')].map((i) => i.value).join(' '), undefined, 'reading the DOM');
      check(!dom.includes(secret), 'the client secret is in the options page');
    },
  },
];
