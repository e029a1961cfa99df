// The shared user journeys (test/journeys, issue 14) on Chromium: each in a fresh profile with dist/chrome,
// through the playwright driver. The Firefox lane runs the very same list through the puppeteer driver.
import { JOURNEYS } from '../journeys';
import { playwrightDriver } from '../journeys/driver-playwright';
import { test } from './fixtures';

for (const journey of JOURNEYS) {
  const skip = journey.skip?.chromium;
  test.skipIf(Boolean(skip))(skip ? `${journey.name} (skipped: ${skip})` : journey.name, async ({ emulator, extension }) => {
    await journey.run({ driver: playwrightDriver(extension), emulator });
  });
}
