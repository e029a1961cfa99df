// `npm run build`: dist/chrome (service worker) and dist/firefox (event page), one vite build per browser.
import { execFileSync } from 'node:child_process';

for (const target of ['chrome', 'firefox']) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, TARGET: target },
  });
  console.log(`built dist/${target}`);
}
