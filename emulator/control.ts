// The emulator's loopback-only control path `/__emulator/*` (Node only), used by tests and e2e scripts to
// inject faults, read the request log and rotate keys. Reached only with Host 127.0.0.1/localhost, never
// on an Auth0 host, so the extension under test cannot stumble on it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBody, readBody, sendJson } from './http';
import type { Emulator, FaultSpec, MintOptions } from './types';

export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

export async function handleControl(req: IncomingMessage, res: ServerResponse, path: string, emu: Emulator): Promise<void> {
  const route = `${(req.method ?? 'GET').toUpperCase()} ${path.replace(/\/+$/, '')}`;
  const json = async (): Promise<Record<string, unknown> | unknown[]> => {
    const raw = await readBody(req);
    const text = raw.toString('utf8').trim();
    if (!text) return {};
    const v: unknown = JSON.parse(text);
    if (Array.isArray(v)) return v;
    const p = parseBody('application/json', raw);
    if (!p.ok) throw new Error('body must be a JSON object or array');
    return p.value;
  };
  try {
    switch (route) {
      case 'GET /__emulator/requests':
        return sendJson(res, 200, emu.requests);
      case 'DELETE /__emulator/requests':
        emu.clearLog();
        return sendJson(res, 200, { ok: true });
      case 'GET /__emulator/faults':
        return sendJson(res, 200, emu.faults.list());
      case 'POST /__emulator/faults': {
        const body = await json();
        for (const spec of Array.isArray(body) ? body : [body]) emu.faults.add(spec as FaultSpec);
        return sendJson(res, 201, emu.faults.list());
      }
      case 'DELETE /__emulator/faults':
        emu.faults.clear();
        return sendJson(res, 200, { ok: true });
      case 'POST /__emulator/rotate':
        await emu.rotateSigningKey();
        return sendJson(res, 200, { ok: true });
      case 'POST /__emulator/drop-key': {
        const body = (await json()) as { kid?: unknown };
        if (typeof body.kid !== 'string') return sendJson(res, 400, { error: 'kid required' });
        emu.dropKey(body.kid);
        return sendJson(res, 200, { ok: true });
      }
      case 'POST /__emulator/mint': {
        const body = (await json()) as unknown as MintOptions;
        return sendJson(res, 200, { access_token: await emu.mintAccessToken(body) });
      }
      default:
        return sendJson(res, 404, { error: 'unknown control route', route });
    }
  } catch (e) {
    return sendJson(res, 400, { error: e instanceof Error ? e.message : String(e) });
  }
}
