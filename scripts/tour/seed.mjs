// Seeds the demo tenant as a Token Workbench profile in a fresh browser profile (Node, playwright-core; loaded
// after tsx is registered). Used by the headless tour's first step AND by `npm start` with a display, so the
// window opens with minting ready: a passphrase vault made through the options page, the demo profile (the
// seeded granted M2M client) saved with the message the options form sends, then "Test credentials" clicked.
import { OptionsPage, sendFromPage } from '../../test/e2e/pages/options.ts';

export const DEMO_PASSPHRASE = 'demo passphrase 1234';
export const DEMO_LABEL = 'Demo tenant';

/** Returns { page (the options page), profileId, summary }. Throws if the profile was not saved. */
export async function seedDemoProfile({ emulator, extension }) {
  const { seed } = emulator;
  const page = await extension.context.newPage();
  await page.goto(OptionsPage.url(extension.extensionId));
  const options = new OptionsPage(page);
  await options.setupPassphrase(DEMO_PASSPHRASE);
  const saved = await sendFromPage(page, 'profiles.save', {
    label: DEMO_LABEL,
    domain: seed.domain,
    environment: 'development',
    clientId: seed.clients.granted.clientId,
    clientSecret: seed.clients.granted.clientSecret,
  });
  if (!saved.ok) throw new Error(`profiles.save: ${saved.error?.message}`);
  await page.reload();
  const tested = await options.testCredentials(DEMO_LABEL);
  return { page, profileId: saved.data.id, summary: `profile "${DEMO_LABEL}" saved (vault passphrase "${DEMO_PASSPHRASE}"); ${tested.slice(0, 70)}` };
}
