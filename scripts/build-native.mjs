// Builds the native matcher addon with node-gyp against the local Node headers.
// Skips when the addon is already newer than every source, unless --force.
// A lock keeps concurrent builds (parallel installs, watch scripts) from
// corrupting the shared build directory.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const addonDir = path.join(root, 'native-matcher');
const output = path.join(addonDir, 'build', 'Release', 'ridgeline_native.node');
const force = process.argv.includes('--force');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

if (!force && fs.existsSync(output)) {
  const sources = Math.max(newestSource(path.join(addonDir, 'src')), fs.statSync(path.join(addonDir, 'binding.gyp')).mtimeMs);
  if (fs.statSync(output).mtimeMs > sources) {
    console.log('native-matcher: up to date');
    process.exit(0);
  }
}

function nodeGypBin() {
  try {
    return createRequire(import.meta.url).resolve('node-gyp/bin/node-gyp.js');
  } catch {
    return process.env.npm_config_node_gyp; // npm's bundled copy when devDependencies are omitted
  }
}

const gyp = nodeGypBin();
if (!gyp) {
  console.error('native-matcher: node-gyp not found. Run `npm install` first.');
  process.exit(1);
}
const jobs = String(Math.max(1, (await import('node:os')).availableParallelism()));
// configure + build rather than rebuild: `rebuild` first deletes the addon, which
// breaks every test that loads it for as long as the compile takes. configure
// re-reads binding.gyp, so new source files are picked up.
// Build against the running Node's own headers (never download them): npm passes
// its `nodedir` setting; run directly, use the headers next to this Node binary.
const prefix = path.dirname(path.dirname(process.execPath));
const nodedir = process.env.npm_config_nodedir ||
  (fs.existsSync(path.join(prefix, 'include', 'node', 'node_api.h')) ? prefix : undefined);
const hasFlock = spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
const lockFile = path.join(root, '.native-build.lock');
for (const step of [['configure'], ['build', `--jobs=${jobs}`]]) {
  const args = [gyp, ...step, '--release', `--directory=${addonDir}`, ...(nodedir ? [`--nodedir=${nodedir}`] : [])];
  const result = hasFlock
    ? spawnSync('flock', [lockFile, process.execPath, ...args], { stdio: 'inherit' })
    : spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
