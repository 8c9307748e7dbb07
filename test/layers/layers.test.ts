// The layer rules of .dependency-cruiser.cjs fire: a fixture tree breaks each rule once and
// scripts/layers.mjs (the `npm test` step) fails naming every rule; a tree of allowed imports
// and the real source tree pass.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const layers = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'scripts', 'layers.mjs'), ...args], { cwd: root, encoding: 'utf8' });

const rules = [
  'shared-is-the-bottom',
  'core-knows-no-shell',
  'formats-know-no-domain',
  'matcher-knows-no-app',
  'preload-knows-no-main',
  'contract-is-environment-free',
  'renderer-talks-through-the-contract',
  'renderer-imports-contract-types-only',
  'renderer-no-node',
  'no-sql-outside-core',
];

describe('layer rules', () => {
  it('fail on a tree that breaks each rule, naming the rule and both files', () => {
    const result = layers('--root', path.join(__dirname, 'fixture'));
    expect(result.status).not.toBe(0);
    for (const rule of rules) expect(result.stdout).toContain(`error ${rule}:`);
    expect(result.stdout).toContain('main/formats/reader.ts → main/core/case.ts');
    expect(result.stdout).toContain('renderer/src/view.ts → preload/contract/errors.ts');
    expect(result.stdout).toMatch(/main\/api\/handler\.ts → .*node_modules\/better-sqlite3-multiple-ciphers/);
  });

  it('pass on the imports the layers allow', () => {
    const result = layers('--root', path.join(__dirname, 'allowed'));
    expect(result.stdout).toContain('no dependency violations found');
    expect(result.status).toBe(0);
  });

  it('hold on the source tree', () => {
    const result = layers();
    expect(result.stdout).toContain('no dependency violations found');
    expect(result.status).toBe(0);
  });
});
