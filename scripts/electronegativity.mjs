// Runs Electronegativity (Doyensec's Electron security scanner) over the app's
// own code: main/, preload/ and renderer/ with package.json, staged together so
// its global checks (CSP, navigation limits, permission handler) see the whole
// app at once. Every finding must be listed in .electronegativity-allow.json
// with a written reason; anything unexplained fails the run (exit 1).
//
// The scanner fetches translations and Electron's release list from the
// internet; this script keeps it offline (a stub for its HTTP client) and skips
// the release-list check, which cannot work without that download. The Electron
// version is pinned in package.json and reviewed with dependency updates.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const allowFile = path.join(root, '.electronegativity-allow.json');
const SCANNED = ['main', 'preload', 'renderer'];
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', 'public']);
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

function stage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ridgeline-electronegativity-'));
  const copy = (from, to) => {
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      if (SKIP_DIRS.has(entry.name)) continue;
      const source = path.join(from, entry.name);
      const target = path.join(to, entry.name);
      if (entry.isDirectory()) {
        fs.mkdirSync(target, { recursive: true });
        copy(source, target);
      } else if (entry.isFile()) {
        fs.copyFileSync(source, target);
      }
    }
  };
  for (const name of SCANNED) {
    fs.mkdirSync(path.join(dir, name), { recursive: true });
    copy(path.join(root, name), path.join(dir, name));
  }
  fs.copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  return dir;
}

function offlineScanner() {
  const require = createRequire(import.meta.url);
  const scannerDir = path.dirname(require.resolve('@doyensec/electronegativity'));
  const scannerRequire = createRequire(path.join(scannerDir, 'index.js'));
  const gotPath = scannerRequire.resolve('got');
  const offline = () => Promise.reject(new Error('offline: network disabled by scripts/electronegativity.mjs'));
  offline.head = offline;
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { default: offline }) };
  return require('@doyensec/electronegativity');
}

function loadAllowlist() {
  const parsed = JSON.parse(fs.readFileSync(allowFile, 'utf8'));
  for (const entry of parsed.accepted) {
    if (typeof entry.id !== 'string' || typeof entry.file !== 'string' || typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
      throw new Error(`${allowFile}: every accepted finding needs id, file and a written reason (got ${JSON.stringify(entry)})`);
    }
  }
  return parsed.accepted;
}

const run = offlineScanner();
const allow = loadAllowlist();
const staged = stage();
const quiet = console.log;
let result;
try {
  console.log = () => undefined; // the scanner's own chatter ("could not retrieve translations") is noise here
  result = await run({ input: staged, isRelative: true, excludeFromScan: EXCLUDED_CHECKS, electronVersionOverride: undefined }, false);
} finally {
  console.log = quiet;
  fs.rmSync(staged, { recursive: true, force: true });
}

const used = new Set();
let unexplained = 0;
for (const issue of result.issues) {
  const file = issue.file.split(path.sep).join('/');
  const index = allow.findIndex((a) => a.id === issue.id && a.file === file);
  const where = `${file}${issue.location?.line ? `:${issue.location.line}` : ''}`;
  if (index >= 0) {
    used.add(index);
    console.log(`accepted    ${issue.id} ${where}\n            reason: ${allow[index].reason}`);
  } else {
    unexplained++;
    console.log(`UNEXPLAINED ${issue.id} ${where} [${issue.severity.name}/${issue.confidence.name}]\n            ${issue.description}`);
  }
}
const fatalErrors = result.errors.filter((e) => !e.tolerable);
for (const error of fatalErrors) console.log(`PARSE ERROR ${error.file}: ${error.message}`);
allow.forEach((entry, i) => {
  if (!used.has(i)) console.log(`stale       ${entry.id} ${entry.file}: no longer reported; remove it from .electronegativity-allow.json`);
});
console.log(
  `electronegativity: ${result.atomicChecks} atomic + ${result.globalChecks} global checks, ${result.issues.length} finding(s), ${result.issues.length - unexplained} explained, ${unexplained} unexplained, ${fatalErrors.length} parse error(s)`,
);
process.exit(unexplained || fatalErrors.length ? 1 : 0);
