// SECURITY B4.40: web_accessible_resources is empty, so a web page (here the emulated dashboard host) cannot
// frame or fetch the extension's pages: the Mint button cannot be clickjacked. Runs in Node.
import { expect, test, withTimeout } from './fixtures';

test('a page cannot frame or fetch the popup', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto('https://manage.auth0.com/__hostile/');
  const popupUrl = `chrome-extension://${extension.extensionId}/src/popup/index.html`;
  const fetched = await withTimeout(
    page.evaluate((url) => fetch(url).then((r) => `status ${r.status}`, (e: Error) => `refused: ${e.message}`), popupUrl),
    5_000,
    'fetching the popup from the page',
  );
  expect(fetched).toMatch(/^refused/);
  await withTimeout(
    page.evaluate((url) => {
      const f = document.createElement('iframe');
      f.src = url;
      f.id = 'probe';
      document.body.append(f);
    }, popupUrl),
    5_000,
    'framing the popup',
  );
  await page.waitForTimeout(1_000);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  // The frame never becomes our popup: Chromium shows its blocked-resource error page instead.
  expect(frame?.url() ?? '').not.toBe(popupUrl);
  const framedHasOurUi = frame ? await frame.locator('#token-input').count().catch(() => 0) : 0;
  expect(framedHasOurUi).toBe(0);
});
