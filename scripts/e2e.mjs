// `npm run test:e2e`: build, then run the E2E specs (vitest.e2e.config.ts):
// Chromium always, real Electron when its binary is installed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const step = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.argv.includes('--no-build')) step(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'renderer', 'main', 'preload']);
step(path.join(root, 'node_modules', '.bin', 'vitest'), ['run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2).filter((a) => a !== '--no-build')]);
