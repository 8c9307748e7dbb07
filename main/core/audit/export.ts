// Exports of the whole audit chain for a compliance review, in JSON lines or
// CSV. Each starts with the chain head so the export can be verified on its
// own (every entry re-hashed and linked up to that head), and the export itself
// is recorded in the chain with its SHA-256, so a reviewer can also tell that
// a file is the one the workstation produced.
import { createHash } from 'node:crypto';
import type { Verification } from '../../../preload/contract/audit';
import { RidgelineError } from '../errors';
import { canonicalJson } from './canonical';
import type { AuditEntry, ChainHead } from './entry';
import { verifyChain } from './verify';

export type ExportFormat = 'jsonl' | 'csv';

export const EXPORT_MAGIC = 'ridgeline-audit-export';
const EXPORT_VERSION = 1;
const CSV_COLUMNS = ['seq', 'at', 'workstation', 'user_id', 'username', 'event', 'outcome', 'objects', 'details', 'release', 'prev_hash', 'hash'] as const;

export interface ExportHeader {
  type: typeof EXPORT_MAGIC;
  version: number;
  exportedAt: string;
  workstation: string;
  head: ChainHead;
  entryCount: number;
}

export interface AuditExport {
  format: ExportFormat;
  content: string;
  head: ChainHead;
  entryCount: number;
  sha256: string;
}

const csvField = (value: string | null): string => {
  if (value === null) return '';
  return `"${value.replaceAll('"', '""')}"`;
};

function csvRow(entry: AuditEntry): string {
  return [
    String(entry.seq),
    csvField(entry.at),
    csvField(entry.workstation),
    csvField(entry.userId),
    csvField(entry.username),
    csvField(entry.event),
    csvField(entry.outcome),
    csvField(canonicalJson(entry.objects)),
    csvField(canonicalJson(entry.details)),
    entry.release ? csvField(canonicalJson(entry.release)) : '',
    csvField(entry.prevHash),
    csvField(entry.hash),
  ].join(',');
}

export function exportChain(entries: readonly AuditEntry[], head: ChainHead, format: ExportFormat, meta: { exportedAt: Date; workstation: string }): AuditExport {
  const header: ExportHeader = {
    type: EXPORT_MAGIC,
    version: EXPORT_VERSION,
    exportedAt: meta.exportedAt.toISOString(),
    workstation: meta.workstation,
    head,
    entryCount: entries.length,
  };
  const lines =
    format === 'jsonl'
      ? [canonicalJson(header), ...entries.map((e) => canonicalJson(e))]
      : [`# ${canonicalJson(header)}`, CSV_COLUMNS.join(','), ...entries.map(csvRow)];
  const content = `${lines.join('\n')}\n`;
  return { format, content, head, entryCount: entries.length, sha256: createHash('sha256').update(content, 'utf8').digest('hex') };
}

/** RFC 4180 fields; an unquoted empty field is null, a quoted one is ''. */
function parseCsvLine(line: string): (string | null)[] {
  const fields: (string | null)[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote < 0) throw new RidgelineError('bad-file', 'Unterminated quoted CSV field');
        value += line.slice(i, quote);
        if (line[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      fields.push(value);
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      const raw = line.slice(i, end);
      fields.push(raw === '' ? null : raw);
      i = end;
    }
    if (i < line.length && line[i] !== ',') throw new RidgelineError('bad-file', 'Malformed CSV field');
    i++;
  }
  return fields;
}

/** Splits CSV text into records: newlines inside quoted fields belong to the field. */
function csvRecords(text: string): string[] {
  const records: string[] = [];
  let current = '';
  let quoted = false;
  for (const line of text.split('\n')) {
    current = current ? `${current}\n${line}` : line;
    quoted = ((current.match(/"/g)?.length ?? 0) % 2) === 1;
    if (!quoted) {
      records.push(current);
      current = '';
    }
  }
  if (quoted) throw new RidgelineError('bad-file', 'Unterminated quoted CSV field');
  return records.filter((r) => r !== '');
}

function parseJson<T>(text: string | null | undefined, what: string): T {
  try {
    return JSON.parse(text ?? '') as T;
  } catch {
    throw new RidgelineError('bad-file', `The export's ${what} is not valid JSON`);
  }
}

function checkHeader(header: ExportHeader): ExportHeader {
  if (header?.type !== EXPORT_MAGIC || header.version !== EXPORT_VERSION || typeof header.head?.seq !== 'number') {
    throw new RidgelineError('bad-file', 'Not a Ridgeline audit export (or an unsupported version)');
  }
  return header;
}

export function parseExport(content: string): { header: ExportHeader; entries: AuditEntry[] } {
  if (content.startsWith('# ')) {
    const [first = '', columns, ...rows] = csvRecords(content);
    const header = checkHeader(parseJson<ExportHeader>(first.slice(2), 'header'));
    if (columns !== CSV_COLUMNS.join(',')) throw new RidgelineError('bad-file', 'Unexpected CSV columns');
    const entries = rows.map((row): AuditEntry => {
      const f = parseCsvLine(row);
      if (f.length !== CSV_COLUMNS.length) throw new RidgelineError('bad-file', `A CSV row has ${f.length} fields, expected ${CSV_COLUMNS.length}`);
      return {
        seq: Number(f[0]),
        at: f[1] ?? '',
        workstation: f[2] ?? '',
        userId: f[3] ?? null,
        username: f[4] ?? null,
        event: f[5] ?? '',
        outcome: f[6] as AuditEntry['outcome'],
        objects: parseJson(f[7], 'objects'),
        details: parseJson(f[8], 'details'),
        release: f[9] === null ? null : parseJson(f[9], 'release'),
        prevHash: f[10] ?? '',
        hash: f[11] ?? '',
      };
    });
    return { header, entries };
  }
  const [first, ...lines] = content.split('\n').filter((l) => l !== '');
  const header = checkHeader(parseJson<ExportHeader>(first, 'header'));
  return { header, entries: lines.map((line) => parseJson<AuditEntry>(line, 'entry')) };
}

/** Verifies an export on its own: chain intact up to the head its header states. */
export function verifyExport(content: string): Verification & { header: ExportHeader } {
  const { header, entries } = parseExport(content);
  return { ...verifyChain(entries, header.head), header };
}
