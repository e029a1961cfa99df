// `npm run emulator` (tsx, Node only): starts the Auth0 tenant emulator and prints ONE JSON line with the
// port, Chromium host-resolver rules and the demo tenant's ids/secrets (demo data only), then runs until
// SIGINT/SIGTERM. Flags: --port N (or env EMULATOR_PORT), --listen-443, --quiet.
import { startEmulator } from './server';

function portArg(argv: string[]): number | undefined {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const raw = i === -1 ? process.env.EMULATOR_PORT : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`bad port: ${raw}`);
  return n;
}

const argv = process.argv.slice(2);
const emu = await startEmulator({ port: portArg(argv), alsoListen443: argv.includes('--listen-443'), quiet: argv.includes('--quiet') });
const { seed } = emu;
const client = (c: { clientId: string; clientSecret: string; name: string; clientCredentialsEnabled: boolean }) => ({
  clientId: c.clientId,
  clientSecret: c.clientSecret,
  name: c.name,
  clientCredentialsEnabled: c.clientCredentialsEnabled,
});
process.stdout.write(
  JSON.stringify({
    port: emu.port,
    url: emu.url,
    hostResolverRules: emu.hostResolverRules,
    hosts: emu.hosts,
    tenant: {
      domain: seed.domain,
      customDomain: seed.customDomain,
      managementAudience: seed.managementAudience,
      clients: Object.fromEntries(Object.entries(seed.clients).map(([k, c]) => [k, client(c)])),
      globalClient: seed.globalClient,
      apis: Object.fromEntries(
        Object.entries(seed.apis).map(([k, a]) => [k, { id: a.id, name: a.name, identifier: a.identifier, signingAlg: a.signingAlg, ...(a.signingSecret ? { signingSecret: a.signingSecret } : {}) }]),
      ),
    },
  }) + '\n',
);

let closing = false;
const stop = (): void => {
  if (closing) return;
  closing = true;
  emu.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
