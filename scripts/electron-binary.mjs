// Where the Electron binary is, without requiring the `electron` package: its
// index.js starts a download when the binary is missing, which must never
// happen behind a test run or `npm start` on a machine without internet access.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** @returns {{ found: true, path: string } | { found: false, reason: string }} */
export function findElectronBinary() {
  const packageDir = path.join(root, 'node_modules', 'electron');
  if (!fs.existsSync(path.join(packageDir, 'package.json'))) {
    return { found: false, reason: 'the electron package is not installed (run `npm install`)' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative || 'electron');
    return fs.existsSync(candidate) ? { found: true, path: candidate } : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${path.basename(candidate)}` };
  }
  if (!relative) return { found: false, reason: 'the Electron binary was never downloaded (node_modules/electron/path.txt is missing)' };
  const binary = path.join(packageDir, 'dist', relative);
  return fs.existsSync(binary) ? { found: true, path: binary } : { found: false, reason: `the Electron binary is missing at ${binary}` };
}
