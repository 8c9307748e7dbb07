// ridgeline demo: writes an encrypted demo workspace of synthetic casework and
// one account per role (examiner, verifier, supervisor, auditor), printing
// their one-time initial passwords this once.
// The key is never a default: it comes from --key-file or --key-env. A
// --key-file that does not exist yet is created with a fresh random key
// (mode 0600), and the command says so.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { KEY_BYTES } from '../../core/db/open';
import { seedDemo, type DemoAccount, type ScoringMode } from '../../core/demo';
import { RidgelineError } from '../../core/errors';
import { DATABASE_FILE, openWorkspace } from '../../core/workspace';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { KEY_OPTIONS, readKey } from '../key';
import { printResult } from '../output';

const SCORING: readonly ScoringMode[] = ['auto', 'matcher', 'ground-truth'];

/** Creates the key file if it is missing; returns whether it did. */
function ensureKeyFile(file: string): boolean {
  try {
    // 'wx' fails if the file exists, so an existing key is never overwritten.
    fs.writeFileSync(file, `${randomBytes(KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    throw new RidgelineError('not-found', `Cannot create key file ${file}: ${(error as Error).message}`, { file });
  }
}

function parseSeed(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) > 0xffffffff) {
    throw new RidgelineError('invalid-argument', '--seed must be an integer from 0 to 4294967295', { seed: text });
  }
  return Number(text);
}

function accountLines(accounts: readonly DemoAccount[], noAdministrator: boolean): string[] {
  if (accounts.length === 0) return ['  demo accounts: created when the demo was first written (their passwords are not shown again)'];
  const width = Math.max(...accounts.map((a) => a.username.length));
  return [
    'Demo accounts (assigned the demo partner). Initial passwords, shown only now; each is changed at first sign-in:',
    ...accounts.map((a) => `  ${a.username.padEnd(width)}  ${a.initialPassword}  ${a.roles.join(', ')}: ${a.shows}`),
    ...(noAdministrator ? ['The workspace has no administrator yet: the first start of the app asks for one.'] : []),
  ];
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Write an encrypted demo workspace of synthetic prints and cases',
  usage:
    'ridgeline demo --out DIR (--key-file F | --key-env NAME) [--seed N] [--scoring auto|matcher|ground-truth] [--json]\n' +
    '  A --key-file that does not exist is created with a new random key (mode 0600).\n' +
    '  Creates demo-examiner, demo-verifier, demo-supervisor and demo-auditor and prints their one-time passwords.',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'], options: ['out', 'seed', 'scoring', ...KEY_OPTIONS] });
    const out = args.options.get('out');
    if (!out) throw new RidgelineError('invalid-argument', '--out DIR is required');
    const scoring = (args.options.get('scoring') ?? 'auto') as ScoringMode;
    if (!SCORING.includes(scoring)) throw new RidgelineError('invalid-argument', `--scoring must be one of ${SCORING.join(', ')}`);
    const seed = parseSeed(args.options.get('seed'));
    const keyFile = args.options.get('key-file');
    if (!keyFile && !args.options.get('key-env')) {
      throw new RidgelineError('invalid-argument', 'Give the database key with --key-file PATH (created if missing) or --key-env NAME');
    }
    const exists = fs.existsSync(path.join(out, DATABASE_FILE));
    if (exists && keyFile && !fs.existsSync(keyFile)) {
      // A new random key could never open the existing database.
      throw new RidgelineError('not-found', `${out} already holds a workspace but the key file ${keyFile} does not exist`);
    }
    const keyFileCreated = keyFile ? ensureKeyFile(keyFile) : false;
    const key = readKey(args);

    const ws = openWorkspace({ dir: out, key, create: !exists });
    try {
      const summary = await seedDemo(ws, {
        ...(seed === undefined ? {} : { seed }),
        scoring,
        actor: { userId: null, username: null, workstation: 'ridgeline-cli' },
      });
      const result = { file: ws.file, keyFile: keyFile ?? null, keyFileCreated, ...summary };
      printResult(io, args, result, () =>
        [
          keyFileCreated ? `Created key file ${keyFile} (mode 0600) with a new random key. Keep it: the workspace cannot be opened without it.` : '',
          summary.created ? `Demo workspace written to ${ws.file}` : `${ws.file} already holds the demo; nothing changed`,
          `  partner "Demo Partner (synthetic)", ${summary.caseIds.length} cases, ${summary.queryPrintCount} query prints, ${summary.holdingCount} holdings`,
          summary.candidateScores === 'matcher'
            ? '  candidate scores: native matcher'
            : '  candidate scores: derived from the generator\'s ground truth (the native matcher was not used)',
          '  every print is synthetic (seeded generator); none belongs to a real person',
          ...accountLines(summary.accounts, ws.accounts.isFirstRun()),
        ].filter(Boolean).join('\n'),
      );
      return 0;
    } finally {
      ws.close();
    }
  },
};
