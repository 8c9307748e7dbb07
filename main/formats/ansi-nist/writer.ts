// Writes transactions. finalize() computes what is derived — every record's
// LEN and the Type-1 CNT — so callers cannot get them wrong, and
// readTransaction(writeTransaction(t)).transaction deep-equals finalize(t).
import { badFile } from '../../../preload/shared/errors';
import { writeBinaryRecord, headerBytes } from './binary-records';
import { encodingFromDcs, type TextEncoding } from './charset';
import { textField } from './fields';
import type { AnRecord, BinaryRecord, Field, TaggedRecord, Transaction } from './model';
import { writeTaggedRecord } from './tagged-record';

const byteLength = (chunks: readonly Uint8Array[]) => chunks.reduce((sum, c) => sum + c.length, 0);

/** The IDC of a record as CNT lists it (two digits, as every reference file does). */
function idcOf(record: AnRecord): string {
  if (record.encoding === 'binary') return String(record.idc).padStart(2, '0');
  return textField(record, 2)?.[0]?.[0] ?? '00';
}

function withField(record: TaggedRecord, number: number, subfields: string[][]): TaggedRecord {
  const field: Field = { number, subfields };
  const at = record.fields.findIndex((f) => f.number === number);
  // An existing field is replaced where it stands, so a record read from a file
  // keeps its field order; a new one goes before the first higher-numbered field.
  if (at >= 0) return { ...record, fields: record.fields.map((f, i) => (i === at ? field : f)) };
  const before = record.fields.findIndex((f) => f.number > number);
  const fields = [...record.fields];
  fields.splice(before < 0 ? fields.length : before, 0, field);
  return { ...record, fields };
}

/** Sets x.001 so that it equals the serialised length, digits of LEN included. */
function withLength(record: TaggedRecord, encoding: TextEncoding): TaggedRecord {
  let length = 0;
  let candidate = withField(record, 1, [['0']]);
  for (let attempt = 0; attempt < 4; attempt++) {
    const size = byteLength(writeTaggedRecord(candidate, encoding));
    if (size === length) return candidate;
    length = size;
    candidate = withField(record, 1, [[String(length)]]);
  }
  // The fixed point is reached within two rounds (the digit count changes at most once more).
  throw new Error('LEN computation did not converge');
}

function binaryWithLength(record: BinaryRecord): BinaryRecord {
  return { ...record, length: headerBytes(record.type) + record.data.length };
}

export function transactionEncoding(transaction: Transaction): TextEncoding {
  const type1 = transaction.records[0];
  if (!type1 || type1.encoding !== 'tagged' || type1.type !== 1) throw badFile('A transaction starts with a tagged Type-1 record');
  return encodingFromDcs(textField(type1, 15), () => undefined);
}

/** Returns the transaction with CNT (1.003) and every LEN computed. */
export function finalize(transaction: Transaction): Transaction {
  const encoding = transactionEncoding(transaction);
  const [type1, ...rest] = transaction.records as [TaggedRecord, ...AnRecord[]];
  for (const record of rest) {
    if (record.encoding === 'tagged' && record.type === 1) throw badFile('A transaction has exactly one Type-1 record');
  }
  const cnt = [['1', String(rest.length)], ...rest.map((r) => [String(r.type), idcOf(r)])];
  const records: AnRecord[] = [
    withLength(withField(type1, 3, cnt), encoding),
    ...rest.map((r) => (r.encoding === 'binary' ? binaryWithLength(r) : withLength(r, encoding))),
  ];
  return { records };
}

export function writeTransaction(transaction: Transaction): Uint8Array {
  const final = finalize(transaction);
  const encoding = transactionEncoding(final);
  const chunks = final.records.flatMap((r) => (r.encoding === 'binary' ? [writeBinaryRecord(r)] : writeTaggedRecord(r, encoding)));
  const out = new Uint8Array(byteLength(chunks));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
