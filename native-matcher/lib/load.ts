// Finds and loads the compiled addon. The same Node-API build loads in Node
// (tests, CLI, benchmarks) and in Electron's main process.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ADDON = path.join('native-matcher', 'build', 'Release', 'ridgeline_native.node');

function candidates(): string[] {
  const found: string[] = [];
  if (process.env['RIDGELINE_NATIVE_ADDON']) found.push(process.env['RIDGELINE_NATIVE_ADDON']);
  // Packaged app: electron-builder unpacks the addon next to app.asar.
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) found.push(path.join(resources, 'app.asar.unpacked', ADDON));
  // Source tree or built output: walk up from this file and from the working directory.
  const here = typeof __dirname === 'string' ? __dirname : path.dirname(new URL(import.meta.url).pathname);
  for (const start of [here, process.cwd()]) {
    let dir = start;
    for (let i = 0; i < 6; i++) {
      found.push(path.join(dir, ADDON));
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return found;
}

let cached: unknown;

export function loadAddon<T>(): T {
  if (cached) return cached as T;
  const file = candidates().find((candidate) => fs.existsSync(candidate));
  if (!file) {
    throw new Error('The native matcher is not built. Run `npm run build:native` (needs g++, make and python3).');
  }
  const require = createRequire(path.join(path.dirname(file), 'noop.js'));
  cached = require(file);
  return cached as T;
}
