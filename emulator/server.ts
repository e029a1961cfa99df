// Entry point of the Auth0 tenant emulator (Node only): `startEmulator()` starts one HTTPS server that
// answers as demo.us.auth0.com / login.demo.test (tenant), manage.auth0.com / auth0.com (dashboard pages)
// and logs attacker.example. It is the product's demo backend and every e2e test's Auth0.
import { createServer, type Server } from 'node:https';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Faults } from './faults';
import { KeyStore } from './keys';
import { mintToken } from './mint';
import { RateWindow } from './oauth-token';
import { createRouter, PAGE_HOSTS } from './router';
import { makeSeed } from './seed';
import { TenantState } from './state';
import { makeTlsCertificate } from './tls';
import type { Emulator, PageRenderer, RequestLogEntry } from './types';

export type { Emulator, FaultSpec, PageRenderer, RequestLogEntry } from './types';

export interface StartOptions {
  port?: number; // 0/undefined → a random free port
  alsoListen443?: boolean; // Firefox's network.dns.localDomains cannot change the port
  quiet?: boolean; // no per-request lines on stderr
}

export const FOREIGN_HOST = 'attacker.example';

/** The dashboard renderer of `emulator/pages/index.ts`, if that file exists yet (another engineer's). */
async function defaultRenderer(): Promise<PageRenderer | undefined> {
  try {
    const spec = new URL('./pages/index.ts', import.meta.url).href; // a variable: tsc must not require the file
    const mod = (await import(spec)) as { renderPage?: PageRenderer };
    return mod.renderPage;
  } catch {
    return undefined;
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error): void => reject(e);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

export async function startEmulator(opts: { port?: number; alsoListen443?: boolean; quiet?: boolean } = {}): Promise<Emulator> {
  const seed = makeSeed();
  const state = new TenantState(seed);
  const hosts = [seed.domain, seed.customDomain, ...PAGE_HOSTS, FOREIGN_HOST];
  const keys = new KeyStore(seed.domain);
  const [tls] = await Promise.all([makeTlsCertificate(hosts), keys.init()]);
  const faults = new Faults();
  const hangs = new Set<ServerResponse>();
  const log: RequestLogEntry[] = [];
  let renderer = await defaultRenderer();

  const mintAccessToken: Emulator['mintAccessToken'] = async (o) => (await mintToken(state, keys, o)).token;
  const mintExplorerToken = (): Promise<string> =>
    mintAccessToken({ clientId: seed.clients.explorer.clientId, audience: seed.managementAudience });

  const self: { emulator?: Emulator } = {}; // the control path needs the handle built below
  const handler = createRouter({
    state,
    keys,
    faults,
    rate: new RateWindow(),
    log: () => log,
    quiet: opts.quiet ?? false,
    hangs,
    renderer: () => renderer,
    mintExplorerToken,
    emulator: () => self.emulator!,
  });

  const servers: Server[] = [createServer({ key: tls.key, cert: tls.cert }, handler)];
  await listen(servers[0]!, opts.port ?? 0, '127.0.0.1');
  const port = (servers[0]!.address() as AddressInfo).port;
  if (opts.alsoListen443 && port !== 443) {
    const s443 = createServer({ key: tls.key, cert: tls.cert }, handler);
    try {
      await listen(s443, 443, '127.0.0.1');
    } catch (e) {
      servers[0]!.close();
      const code = (e as NodeJS.ErrnoException).code;
      const hint =
        code === 'EADDRINUSE'
          ? 'another process (maybe another emulator) already listens on 127.0.0.1:443'
          : 'run as root, grant CAP_NET_BIND_SERVICE to node, or set sysctl net.ipv4.ip_unprivileged_port_start=443';
      throw new Error(`emulator: cannot listen on 443 (${code}): ${hint}.`);
    }
    servers.push(s443);
  }

  const emulator: Emulator = {
    port,
    url: `https://127.0.0.1:${port}`,
    hosts,
    hostResolverRules: hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', '),
    seed,
    requests: log,
    clearLog() {
      log.length = 0; // in place: holders of `emulator.requests` see the cleared log
    },
    faults,
    rotateSigningKey: () => keys.rotate(),
    dropKey: (kid) => keys.drop(kid),
    mintAccessToken,
    setPageRenderer(fn) {
      renderer = fn;
    },
    async close() {
      for (const res of hangs) res.socket?.destroy(); // hung requests must not block close()
      hangs.clear();
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
  self.emulator = emulator;
  return emulator;
}
