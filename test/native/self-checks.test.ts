// The C++ self-checks under native-matcher/tools, built and run as part of
// `npm test`: stage-level extraction checks with known answers and the
// comparison checks on synthetic minutiae with ground truth (pairs, symmetry,
// Score == Compare, partial prints over the threshold, impostors under it).
// Binaries are cached per content of the matcher's sources, so a run that
// changed nothing in native-matcher/ costs only the checks themselves.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const addon = path.resolve(__dirname, '..', '..', 'native-matcher');
const cacheDir = path.join(addon, 'build', 'self-checks');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(addon, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(rel);
    return /\.(cc|h)$/.test(entry.name) ? [rel] : [];
  });
}

const extractSources = ['src/matcher/extract.cc', ...sources('src/matcher/extract').filter((f) => f.endsWith('.cc'))];
const compareSources = ['src/matcher/prepare.cc', ...sources('src/matcher/compare').filter((f) => f.endsWith('.cc'))];

const CHECKS = [
  { tool: 'tools/extract_stages_check.cc', sources: extractSources, passes: /all stage checks passed/ },
  { tool: 'tools/compare_synthetic.cc', sources: compareSources, passes: /^PASS$/m },
];

// Asynchronous, so the test worker keeps answering Vitest while g++ runs.
const run = promisify(execFile);

async function build(tool: string, files: string[]): Promise<string> {
  const hash = crypto.createHash('sha256');
  for (const file of [tool, ...sources('src/matcher'), ...sources('tools')].sort()) hash.update(file).update(fs.readFileSync(path.join(addon, file)));
  const binary = path.join(cacheDir, `${path.basename(tool, '.cc')}-${hash.digest('hex').slice(0, 16)}`);
  if (fs.existsSync(binary)) return binary;
  fs.mkdirSync(cacheDir, { recursive: true });
  const partial = `${binary}.${process.pid}.tmp`;
  const compiler = process.env['CXX'] ?? 'g++';
  try {
    await run(compiler, ['-std=c++17', '-O2', '-Isrc', '-Itools', '-o', partial, tool, ...files], { cwd: addon });
  } catch (error) {
    throw new Error(`${compiler} failed on ${tool}:\n${(error as { stderr?: string }).stderr ?? String(error)}`);
  }
  fs.renameSync(partial, binary); // atomic: a parallel run never executes a half-written binary
  return binary;
}

describe('native-matcher C++ self-checks', () => {
  for (const check of CHECKS) {
    it(`${check.tool} passes`, { timeout: 300_000 }, async () => {
      const binary = await build(check.tool, check.sources);
      // A failing check exits non-zero: execFile rejects with its output.
      const output = await run(binary, [], { timeout: 120_000 }).catch((error: { stdout?: string; stderr?: string }) => {
        throw new Error(`${check.tool} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
      });
      expect(output.stdout).toMatch(check.passes);
    });
  }
});
