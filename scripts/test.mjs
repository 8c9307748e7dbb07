// `npm test`: everything that must pass, in order, with one closing count line.
//   1. native addon (rebuilt only when sources changed)   2. build (renderer, main, preload, CLI)
//   3. typecheck, layer rules   4. Vitest (unit, component, native, shell, CLI, data)
//   5. Electronegativity   6. E2E (Playwright + Chromium; real Electron when present)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const results = path.join(root, 'out', 'test-results');
fs.mkdirSync(results, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(title, command, args, { env } = {}) {
  const started = Date.now();
  console.log(`\n=== ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`=== ${title}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${seconds} s`);
  if (result.status !== 0) failures.push(title);
  return result.status === 0;
}

function countVitest(file) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function vitest(title, config, outputName) {
  const output = path.join(results, outputName);
  fs.rmSync(output, { force: true });
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${output}`];
  if (config) args.push('--config', config);
  run(title, bin('vitest'), args);
  countVitest(output);
}

// The E2E step drives Debian's Chromium: say at once, in one line, how to get it when it is missing.
const chromium = process.env.RIDGELINE_CHROMIUM ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.log(`npm test: no Chromium at ${chromium}: install it with \`sudo apt-get install -y chromium\` (Debian/Ubuntu) or set RIDGELINE_CHROMIUM=/path/to/chromium; the end-to-end step fails without it.`);
}

const started = Date.now();
const built = run('native addon', process.execPath, [path.join(root, 'scripts', 'build-native.mjs')]) &&
  run('build', process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
// Node code without the DOM, renderer code without Node, then the whole tree (tests drive both).
for (const config of ['tsconfig.node.json', 'tsconfig.dom.json', 'tsconfig.json']) {
  run(`typecheck (${config})`, bin('tsc'), ['-p', config, '--noEmit']);
}
run('layer rules (dependency-cruiser)', process.execPath, [path.join(root, 'scripts', 'layers.mjs')]);
vitest('unit, component, native, shell and CLI tests', null, 'vitest.json');
if (fs.existsSync(path.join(root, 'scripts', 'electronegativity.mjs'))) {
  run('electronegativity', process.execPath, [path.join(root, 'scripts', 'electronegativity.mjs')]);
}
if (!built) {
  failures.push('e2e (not run: build failed)');
} else if (fs.existsSync(path.join(root, 'vitest.e2e.config.ts'))) {
  vitest('end-to-end (Playwright)', 'vitest.e2e.config.ts', 'e2e.json');
}

const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`\nnpm test finished in ${minutes} min${failures.length ? `; failed steps: ${failures.join(', ')}` : ''}`);
// A failed step with no failed test (build, typecheck, scanner) still counts as a failure.
console.log(`${totals.passed} passed, ${totals.failed || failures.length} failed, ${totals.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
