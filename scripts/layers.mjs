// The layer rules of .dependency-cruiser.cjs over the source tree (a step of `npm test`).
//   node scripts/layers.mjs            check: exit non-zero (the violation count) and list every forbidden import
//   node scripts/layers.mjs --graph    the layer picture: which folder imports which
//   node scripts/layers.mjs --root DIR check another tree with the same rules (test/layers uses it)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 ? path.resolve(args[rootAt + 1]) : repo;
const sources = ['main', 'preload', 'renderer/src', 'native-matcher/lib', 'native-matcher/index.ts'].filter((p) =>
  fs.existsSync(path.join(root, p)),
);
// One node per layer (and per core/formats module), npm packages only when they matter to a rule.
const layers =
  '^(main/(core|formats)/[^/]+|main/[^/]+|preload/[^/]+|renderer/src/[^/]+|native-matcher/lib|' +
  'node_modules/(electron|better-sqlite3[^/]*))';

const cruise = [
  path.join(repo, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'),
  ...sources,
  '--config',
  path.join(repo, '.dependency-cruiser.cjs'),
  ...(args.includes('--graph')
    ? ['--output-type', 'text', '--collapse', layers, '--include-only', layers]
    : ['--output-type', 'err']),
];
const result = spawnSync(process.execPath, cruise, { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
