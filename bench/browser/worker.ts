// Figure: service worker cold start → first message answered. Budget ≤ 100 ms. The worker is stopped through
// CDP (ServiceWorker.stopAllWorkers), we wait until CDP reports it stopped, then an extension page times a
// `ping` round trip (chrome.runtime.sendMessage wakes the worker, which loads, registers its listeners and
// answers). Median of 6 per run. Runs in Node; the timing is in the page's clock.
import { median, round, type Figure } from '../harness';
import type { BrowserBench } from './util';

const RUNS = 6;

export async function workerFigures(b: BrowserBench): Promise<Figure[]> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/bench-blank.html`);
  const cdp = await b.context.newCDPSession(page);
  let running = true;
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string; scriptURL: string }[] }) => {
    for (const v of e.versions) if (v.scriptURL.includes(b.extensionId)) running = v.runningStatus !== 'stopped';
  });
  await cdp.send('ServiceWorker.enable');
  const ping = () => page.evaluate(async () => {
    const t0 = performance.now();
    const r = (await chrome.runtime.sendMessage({ type: 'ping', payload: {} })) as { ok?: boolean };
    return { ms: performance.now() - t0, ok: r?.ok === true };
  });
  const warm: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    warm.push((await ping()).ms);
    await cdp.send('ServiceWorker.stopAllWorkers');
    for (let t = 0; running && t < 100; t++) await new Promise((r) => setTimeout(r, 20));
    if (running) throw new Error('the service worker did not stop');
    await new Promise((r) => setTimeout(r, 100)); // let the stop settle (no half-dead worker)
    const r = await ping();
    if (!r.ok) throw new Error('ping after a cold start did not answer ok');
    cold.push(r.ms);
  }
  await page.close();
  const ms = median(cold);
  return [
    {
      name: 'service worker cold start → first message answered',
      ours: round(ms),
      reference: null,
      ratio: null,
      budget: '≤ 100 ms',
      unit: 'ms',
      pass: ms <= 100,
      note: `median of ${RUNS}; the same ping to a running worker: ${round(median(warm))} ms`,
    },
  ];
}
