// SECURITY B4.36: another installed extension cannot talk to Token Workbench. The manifest's
// externally_connectable admits no extension (and we add no onMessageExternal listener), so a second extension's
// runtime.sendMessage and runtime.connect to our id fail, and our background never sees them. The hostile
// extension is written at test time with a generated manifest `key`, which fixes its id. Runs in Node.
import { generateKeyPairSync, createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, withTimeout } from './fixtures';
import { launchExtension } from './launch';

/** Chrome's extension id for a manifest key: sha256 of the public key, first 32 hex digits mapped 0-f → a-p. */
function idForKey(der: Buffer): string {
  return [...createHash('sha256').update(der).digest('hex').slice(0, 32)].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

function writeHostileExtension(): { dir: string; id: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tw-hostile-ext-'));
  const der = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Hostile neighbour', version: '1.0', key: der.toString('base64') }));
  writeFileSync(join(dir, 'probe.html'), '<!doctype html><title>probe</title><script src="probe.js"></script>');
  writeFileSync(
    join(dir, 'probe.js'),
    `const target = location.hash.slice(1);
window.__probe = (async () => {
  const out = {};
  try { out.send = { answer: await chrome.runtime.sendMessage(target, { type: 'ping', payload: {} }) }; }
  catch (e) { out.send = { error: String(e && e.message || e) }; }
  out.connect = await new Promise((resolve) => {
    let port;
    try { port = chrome.runtime.connect(target, { name: 'popup' }); } catch (e) { resolve({ error: String(e && e.message || e) }); return; }
    port.onMessage.addListener((m) => resolve({ answer: m }));
    port.onDisconnect.addListener(() => resolve({ disconnected: chrome.runtime.lastError ? chrome.runtime.lastError.message : 'no error' }));
    try { port.postMessage({ type: 'ping', payload: {} }); } catch (e) { resolve({ error: String(e && e.message || e) }); }
    setTimeout(() => resolve({ silence: true }), 3000);
  });
  return out;
})();`,
  );
  return { dir, id: idForKey(der) };
}

test('another extension gets nothing from sendMessage or connect to our id', async ({ emulator }) => {
  const hostile = writeHostileExtension();
  const browser = await launchExtension(emulator.hostResolverRules, { extraExtensions: [hostile.dir] });
  try {
    expect(browser.extensionId).not.toBe(hostile.id); // the worker found is ours: the hostile one has none
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${hostile.id}/probe.html#${browser.extensionId}`);
    const result = (await withTimeout(page.evaluate(() => (window as unknown as { __probe: Promise<unknown> }).__probe), 10_000, 'the hostile probe')) as {
      send: { answer?: unknown; error?: string };
      connect: { answer?: unknown; disconnected?: string; silence?: boolean; error?: string };
    };
    expect(result.send.answer).toBeUndefined();
    expect(result.send.error).toMatch(/Could not establish connection|Receiving end does not exist/);
    expect(result.connect.answer).toBeUndefined();
    // Our own pages still get answers: the refusal is about who asks, not a broken background.
    const own = await browser.openPopup();
    const ping = await withTimeout(own.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'ping', payload: {} })), 5_000, 'ping');
    expect(ping).toMatchObject({ ok: true });
  } finally {
    await browser.close();
    rmSync(hostile.dir, { recursive: true, force: true });
  }
});
