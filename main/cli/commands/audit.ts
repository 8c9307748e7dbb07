// ridgeline audit verify|export: check the hash chain of a workspace (or of an
// exported file) and export it for a compliance review.
import fs from 'node:fs';
import os from 'node:os';
import type { Verification } from '../../../preload/contract/audit';
import { exportChain, parseExport, type ExportFormat } from '../../core/audit/export';
import { createAuditLog } from '../../core/audit/log';
import { containsHead, verifyChain } from '../../core/audit/verify';
import { schemaVersion } from '../../core/db/migrate';
import { openDatabase, type Db } from '../../core/db/open';
import { RidgelineError } from '../../core/errors';
import { parseArgs, type ParsedArgs } from '../args';
import type { CliIo, Command } from '../command';
import { KEY_OPTIONS, readKey } from '../key';
import { printResult } from '../output';

const AUDIT_SCHEMA = 3;

function requireOption(args: ParsedArgs, name: string): string {
  const value = args.options.get(name);
  if (!value) throw new RidgelineError('invalid-argument', `--${name} is required`);
  return value;
}

function openTrail(args: ParsedArgs, readonly: boolean): Db {
  const db = openDatabase(requireOption(args, 'db'), { key: readKey(args), readonly });
  if (schemaVersion(db) < AUDIT_SCHEMA) {
    db.close();
    throw new RidgelineError('unsupported', `This workspace has no audit trail yet (schema ${schemaVersion(db)})`);
  }
  return db;
}

/** --expect-head SEQ:HASH, e.g. the head printed by an earlier verify or export. */
function parseHead(text: string): { seq: number; hash: string } {
  const match = /^(\d+):([0-9a-f]{64})$/i.exec(text.trim());
  if (!match) throw new RidgelineError('invalid-argument', '--expect-head takes SEQ:HASH (64 hex characters)');
  return { seq: Number(match[1]), hash: match[2]!.toLowerCase() };
}

function describe(result: Verification, source: string): string {
  const head = `head ${result.head.seq}:${result.head.hash}`;
  if (result.ok) return `Audit chain intact: ${result.entryCount} entries in ${source}, ${head}`;
  const broken = result.firstBroken!;
  return `Audit chain BROKEN at entry ${broken.seq} (${broken.problem}): ${broken.message}\n  ${result.entryCount} entries in ${source}, anchored ${head}`;
}

async function verify(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'], options: ['db', 'export', 'expect-head', ...KEY_OPTIONS] });
  const expected = args.options.has('expect-head') ? parseHead(args.options.get('expect-head')!) : null;
  let result: Verification;
  let source: string;
  let expectedFound = true;
  if (args.options.has('export')) {
    source = args.options.get('export')!;
    let content: string;
    try {
      content = fs.readFileSync(source, 'utf8');
    } catch (error) {
      throw new RidgelineError('not-found', `Cannot read ${source}: ${(error as Error).message}`);
    }
    const { header, entries } = parseExport(content);
    result = verifyChain(entries, header.head);
    if (expected) expectedFound = containsHead(entries, expected);
  } else {
    const db = openTrail(args, true);
    source = requireOption(args, 'db');
    try {
      const audit = createAuditLog(db);
      result = db.transaction(() => verifyChain(audit.entries(), audit.head()))();
      if (expected) expectedFound = containsHead(audit.entries(), expected);
    } finally {
      db.close();
    }
  }
  const ok = result.ok && expectedFound;
  const report = { ...result, ok, ...(expected ? { expectedHead: { ...expected, found: expectedFound } } : {}) };
  printResult(io, args, report, () => {
    const text = describe(result, source);
    if (!expected) return text;
    return `${text}\n${expectedFound ? 'Expected head present' : `EXPECTED HEAD ${expected.seq}:${expected.hash} NOT FOUND: the chain was rewritten or rolled back`}`;
  });
  return ok ? 0 : 1;
}

async function exportTrail(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'], options: ['db', 'format', 'out', ...KEY_OPTIONS] });
  const format = requireOption(args, 'format');
  if (format !== 'jsonl' && format !== 'csv') throw new RidgelineError('invalid-argument', '--format is jsonl or csv');
  const out = requireOption(args, 'out');
  const db = openTrail(args, false);
  try {
    const audit = createAuditLog(db);
    const at = new Date();
    const workstation = os.hostname();
    const exported = db.transaction(() => {
      const result = exportChain([...audit.entries()], audit.head(), format as ExportFormat, { exportedAt: at, workstation });
      // Write inside the transaction: if the file cannot be written, no export is recorded.
      fs.writeFileSync(out, result.content, { mode: 0o600, flag: 'wx' });
      audit.record({
        actor: { userId: null, username: `cli:${os.userInfo().username}`, workstation },
        event: 'audit.exported',
        outcome: 'success',
        objects: ['audit:chain'],
        details: { format, head: result.head, entryCount: result.entryCount, sha256: result.sha256, via: 'cli' },
        release: { recipient: `file ${out}`, elements: ['audit entries'], date: at.toISOString() },
        at,
      });
      return result;
    }).immediate();
    const summary = { file: out, format, entryCount: exported.entryCount, head: exported.head, sha256: exported.sha256 };
    printResult(io, args, summary, () => `Exported ${summary.entryCount} audit entries to ${out} (${format}), head ${summary.head.seq}:${summary.head.hash}\n  sha256 ${summary.sha256}`);
    return 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new RidgelineError('conflict', `${out} exists; choose a new file`);
    throw error;
  } finally {
    db.close();
  }
}

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Verify the audit hash chain, or export it for a compliance review',
  usage: [
    'ridgeline audit verify --db PATH (--key-file F | --key-env NAME) [--expect-head SEQ:HASH] [--json]',
    '       ridgeline audit verify --export FILE [--json]        (verify an exported file on its own)',
    '       ridgeline audit export --db PATH (--key-file F | --key-env NAME) --format jsonl|csv --out FILE [--json]',
    '  verify exits 0 when the chain is intact, 1 when it is broken (the first broken entry is named).',
  ].join('\n'),
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'verify') return verify(rest, io);
    if (sub === 'export') return exportTrail(rest, io);
    throw new RidgelineError('invalid-argument', `ridgeline audit: expected 'verify' or 'export', got '${sub ?? ''}'`);
  },
};
