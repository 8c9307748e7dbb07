// Finds and loads the compiled addon. The same Node-API build loads in Node
// (tests, CLI, benchmarks) and in Electron's main process.
//
// Loading a native file runs arbitrary code in the main process, which is
// exactly what the Electron fuses (no RunAsNode, no NODE_OPTIONS, no
// --inspect) keep out of a shipped app. So a packaged app loads only the addon
// it was built with, from app.asar.unpacked: no environment override and no
// search of folders around the working directory or the installation, any of
// which an insider or another program could plant a file in.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ADDON = path.join('native-matcher', 'build', 'Release', 'ridgeline_native.node');
export const ADDON_OVERRIDE_ENV = 'RIDGELINE_NATIVE_ADDON';

export interface AddonSearch {
  /** True in a packaged Electron app (Electron, not started as `electron <dir>`). */
  packaged: boolean;
  resourcesPath?: string;
  env: Record<string, string | undefined>;
  /** Folders to search upwards from (this file's folder and the working directory). */
  searchFrom: string[];
}

/** The Electron main process of a shipped build: Electron, not the default app running a folder. */
export function isPackagedElectron(proc: { versions: Record<string, string | undefined>; defaultApp?: boolean } = process as never): boolean {
  return typeof proc.versions['electron'] === 'string' && proc.defaultApp !== true;
}

/** Where the addon may be loaded from, in order of preference. */
export function addonCandidates(search: AddonSearch): string[] {
  if (search.packaged) {
    // Packaged app: electron-builder unpacks the addon next to app.asar; nothing else.
    return search.resourcesPath ? [path.join(search.resourcesPath, 'app.asar.unpacked', ADDON)] : [];
  }
  const found: string[] = [];
  const override = search.env[ADDON_OVERRIDE_ENV];
  if (override) found.push(path.resolve(override));
  // Source tree or built output: walk up from each starting folder.
  for (const start of search.searchFrom) {
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

function currentSearch(): AddonSearch {
  const here = typeof __dirname === 'string' ? __dirname : path.dirname(new URL(import.meta.url).pathname);
  return {
    packaged: isPackagedElectron(),
    resourcesPath: (process as { resourcesPath?: string }).resourcesPath,
    env: process.env,
    searchFrom: [here, process.cwd()],
  };
}

let cached: unknown;

export function loadAddon<T>(): T {
  if (cached) return cached as T;
  const search = currentSearch();
  const file = addonCandidates(search).find((candidate) => fs.existsSync(candidate));
  if (!file) {
    throw new Error(
      search.packaged
        ? 'The native matcher is missing from this installation (app.asar.unpacked); reinstall Ridgeline.'
        : 'The native matcher is not built. Run `npm run build:native` (needs g++, make and python3).',
    );
  }
  const require = createRequire(path.join(path.dirname(file), 'noop.js'));
  cached = require(file);
  return cached as T;
}
