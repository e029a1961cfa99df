// @vitest-environment node
// `npm run emulator` (emulator/main.ts): prints exactly one JSON line describing the tenant, serves on the
// announced port, and exits cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { expect, it } from 'vitest';
import { req } from './client';

it('prints one JSON line, serves, exits 0 on SIGTERM', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/main.ts', '--port', '0', '--quiet'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, EMULATOR_PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`exited early: ${code}`)));
    });
    const info = JSON.parse(line);
    expect(info.url).toBe(`https://127.0.0.1:${info.port}`);
    expect(info.hostResolverRules).toContain(`MAP demo.us.auth0.com 127.0.0.1:${info.port}`);
    expect(info.tenant).toMatchObject({
      domain: 'demo.us.auth0.com',
      customDomain: 'login.demo.test',
      managementAudience: 'https://demo.us.auth0.com/api/v2/',
      clients: { granted: { clientId: expect.any(String), clientSecret: expect.any(String) } },
      globalClient: { clientId: expect.any(String), clientSecret: expect.any(String) },
      apis: { management: { identifier: 'https://demo.us.auth0.com/api/v2/' } },
    });
    const r = await req(info.port, { host: 'demo.us.auth0.com', path: '/.well-known/jwks.json' });
    expect(r.json().keys).toHaveLength(2);
  } finally {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }
});
