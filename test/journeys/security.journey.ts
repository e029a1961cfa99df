// Security journeys, written once for both browsers (./driver.ts): SECURITY B4.35/38, a hostile page on
// manage.auth0.com forging postMessage, CustomEvents and runtime.sendMessage gets nothing and our script adds
// nothing to it; page scripts clicking our scope toggles and Decode buttons (untrusted clicks) change nothing;
// SECURITY B7.58, stored data from a newer version puts the extension in read-only mode after a background
// restart (writes refused with ERR_READ_ONLY, reads work, nothing changed), and a known version writes again.
import { check, type Journey } from './driver';
import { JOURNEY_PASSPHRASE } from './options.journey';

// Functions below run in the extension page: `browser` on Firefox, `chrome` on Chromium.
type Api = { storage: { local: { get(k: null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } } };
const DASH = 'https://manage.auth0.com/dashboard/us/demo/apis/management';

export const securityJourneys: Journey[] = [
  {
    name: 'hostile page: forged postMessage, events and sendMessage get nothing; nothing added to the page (B4.35/38)',
    async run({ driver, emulator }) {
      const { seed } = emulator;
      const popup = await driver.openExtensionPage('src/popup/index.html', { popup: true });
      check((await popup.send('vault.setup', { mode: 'passphrase', passphrase: JOURNEY_PASSPHRASE })).ok, 'vault.setup failed');
      const saved = await popup.send('profiles.save', { label: 'Demo', domain: seed.domain, environment: 'development', clientId: seed.clients.granted.clientId, clientSecret: seed.clients.granted.clientSecret });
      check(saved.ok, `profiles.save: ${saved.error?.message}`);
      emulator.clearLog();
      const page = await driver.openWebPage(`https://manage.auth0.com/__hostile/?ext=${encodeURIComponent(driver.extensionId)}`);
      await page.poll(() => (window as any).__hostileDone === true, undefined, 'the hostile script finishing', 10_000);
      await new Promise((r) => setTimeout(r, 500));
      const log = await page.evaluate(() => (window as any).__hostileLog as { kind: string; detail: any }[], undefined, 'reading the hostile log');
      check(log.some((e) => e.kind === 'postMessage'), 'the hostile page did not run');
      const replies = log.filter((x) => x.kind === 'sendMessage-reply');
      check(replies.every((e) => e.detail.reply?.ok !== true), `a forged sendMessage got data: ${JSON.stringify(replies)}`);
      check(!emulator.requests.some((r) => r.path.startsWith('/oauth/token')), 'a forged message caused a token request');
      const dom = await page.evaluate(
        () => ({
          hosts: document.querySelectorAll('[data-token-workbench]').length,
          ours: document.querySelectorAll('[data-token-workbench-ui]').length,
          fake: document.querySelector('.tw-scope-toggle')?.getAttribute('aria-pressed') ?? null,
          html: document.documentElement.outerHTML,
        }),
        undefined,
        'reading the page',
      );
      check(dom.hosts === 1 && dom.ours === 0 && dom.fake === 'true', `page: ${dom.hosts} hosts, ${dom.ours} of our controls, fake toggle ${dom.fake}`);
      check(!dom.html.includes(seed.clients.granted.clientSecret), 'the client secret reached the page');
    },
  },
  {
    name: 'page scripts clicking our scope toggles and Decode buttons change nothing (B4.38)',
    async run({ driver, emulator }) {
      for (const [tab, minimum] of [['explorer', 1], ['permissions', 100]] as const) {
        const page = await driver.openWebPage(`${DASH}/${tab}`);
        // The scan decorates in slices: wait until the page has at least `minimum` of our controls.
        await page.poll((min) => document.querySelectorAll('[data-token-workbench-ui]').length >= min, minimum, `${minimum} of our controls on ${tab}`, 15_000);
        emulator.clearLog();
        const tabsBefore = await driver.tabCount();
        const clicked = await page.evaluate(
          () => {
            const buttons = [...document.querySelectorAll<HTMLElement>('[data-token-workbench-ui]')];
            for (const b of buttons) {
              b.click();
              b.dispatchEvent(new MouseEvent('click', { bubbles: true }));
            }
            window.postMessage({ type: 'mint.request', payload: { profileId: 'x', mode: 'client-credentials', scopes: ['read:users'] } }, '*');
            return buttons.length;
          },
          undefined,
          'clicking from the page',
        );
        check(clicked >= minimum, `${tab}: only ${clicked} of our controls`);
        await new Promise((r) => setTimeout(r, 500));
        const pressed = await page.evaluate(() => document.querySelectorAll('[data-token-workbench-ui][aria-pressed="true"]').length, undefined, 'counting pressed');
        check(pressed === 0, `${tab}: ${pressed} toggles pressed by page script`);
        check((await driver.tabCount()) === tabsBefore, `${tab}: a synthetic Decode click opened a tab`);
        check(!emulator.requests.some((r) => r.path.startsWith('/oauth/token')), `${tab}: a token request`);
        await page.close();
      }
    },
  },
  {
    name: 'data from a newer version: read-only after a background restart, writes refused, nothing changed (B7.58)',
    async run({ driver }) {
      const page = await driver.openExtensionPage('src/popup/index.html', { popup: true });
      const ping = await page.send<{ readOnly: boolean }>('ping', {});
      check(ping.ok && ping.data?.readOnly === false, `ping: ${JSON.stringify(ping)}`);
      const local = () => page.evaluate(() => (((globalThis as any).browser ?? (globalThis as any).chrome) as Api).storage.local.get(null), undefined, 'reading storage.local');
      const write = (items: Record<string, unknown>) => page.evaluate((v) => (((globalThis as any).browser ?? (globalThis as any).chrome) as Api).storage.local.set(v), items, 'writing storage.local');
      const current = (await local()).stateVersion;
      check(typeof current === 'number', `stateVersion is ${String(current)}`);
      // What a newer build would have left behind: a higher stateVersion and a setting this build must not touch.
      await write({ stateVersion: 99, settings: { theme: 'dark', leewaySeconds: 60, autoLockMinutes: 15 }, fromTheFuture: { keep: true } });
      await driver.restartBackground();
      const after = await page.send<{ readOnly: boolean }>('ping', {});
      check(after.ok && after.data?.readOnly === true, `after the restart ping says ${JSON.stringify(after)}`);
      for (const [type, payload] of [['settings.setTheme', { theme: 'light' }], ['vault.setup', { mode: 'session' }]] as const) {
        const r = await page.send(type, payload);
        check(!r.ok && r.error?.code === 'ERR_READ_ONLY', `${type} answered ${JSON.stringify(r)}`);
      }
      check((await page.send('profiles.list', {})).ok, 'reading is refused in read-only mode');
      const stored = await local();
      check(stored.stateVersion === 99 && (stored.settings as { theme?: string }).theme === 'dark' && stored.fromTheFuture !== undefined && stored.vault == null, `storage changed: ${JSON.stringify(stored).slice(0, 200)}`);
      const options = await driver.openExtensionPage('src/options/index.html');
      check(/newer version/.test(await options.text('read-only-notice', 10_000)), 'no read-only notice on the options page');
      await options.screenshot(`journey-${driver.browser}-options-read-only`);
      await options.close();

      await write({ stateVersion: current });
      await driver.restartBackground();
      const back = await page.send<{ readOnly: boolean }>('ping', {});
      check(back.ok && back.data?.readOnly === false, `back on a known version ping says ${JSON.stringify(back)}`);
      check((await page.send('settings.setTheme', { theme: 'light' })).ok, 'a write is refused on a known version');
      check(((await local()).settings as { theme?: string }).theme === 'light', 'the theme was not written');
    },
  },
];
