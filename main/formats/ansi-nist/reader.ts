// Reads a whole transaction. The Type-1 record comes first; its CNT field
// (1.003) lists the type of every following record, which is the only way to
// know the type of the binary records 3-8. Lenient where real files commonly
// deviate (wrong LEN on text-only records, CNT miscounts, short tags, odd
// versions, trailing bytes), each tolerance reported as a warning; strict on
// corruption, with the record, field and byte offset in the error.
// Every loop advances through the input, and records are views into it, so no
// input can make the reader hang or allocate beyond a small multiple of its size.
import { badFile } from '../../../preload/shared/errors';
import { readBinaryRecord, u32 } from './binary-records';
import { encodingFromDcs, type TextEncoding } from './charset';
import { isBinaryRecordType, type AnRecord, type ReadWarning, type RecordLayout, type TaggedRecord, type Transaction } from './model';
import { textField } from './fields';
import { FS, GS } from './separators';
import { IMAGE_FIELD, readTaggedFields } from './tagged-record';
import { parseTag } from './tags';

export interface ReadOptions {
  /** Called after each record with the bytes consumed so far. */
  onProgress?(bytesRead: number, totalBytes: number): void;
}

export interface ReadResult {
  transaction: Transaction;
  warnings: ReadWarning[];
  layout: RecordLayout[];
  encoding: TextEncoding;
  version: string;
}

const MAX_WARNINGS = 200;
const KNOWN_VERSIONS = new Set(['0200', '0201', '0300', '0400', '0500', '0501', '0502']);

class Warnings {
  readonly list: ReadWarning[] = [];
  private dropped = 0;
  readonly add = (warning: ReadWarning): void => {
    if (this.list.length < MAX_WARNINGS) this.list.push(warning);
    else this.dropped++;
  };
  finish(): ReadWarning[] {
    if (this.dropped > 0) this.list.push({ code: 'warnings-truncated', message: `${this.dropped} further warnings were not kept` });
    return this.list;
  }
}

/** Reads the LEN of a tagged record starting at `start`, or null when unreadable. */
function taggedLength(bytes: Uint8Array, start: number): number | null {
  const tag = parseTag(bytes, start, bytes.length);
  if (!tag || tag.number !== 1) return null;
  let value = 0;
  let i = start + tag.size;
  const limit = Math.min(bytes.length, i + 12);
  for (; i < limit && bytes[i] !== GS && bytes[i] !== FS; i++) {
    const digit = bytes[i]! - 0x30;
    if (digit < 0 || digit > 9) return null;
    value = value * 10 + digit;
  }
  return i === start + tag.size ? null : value;
}

/** Finds where a tagged record at `start` ends (exclusive, after its FS). */
function taggedRecordEnd(bytes: Uint8Array, start: number, index: number, warn: (w: ReadWarning) => void): number {
  const length = taggedLength(bytes, start);
  if (length === null) {
    const tag = parseTag(bytes, start, bytes.length);
    throw badFile(`Record ${index} does not start with its LEN field`, { record: index, field: tag ? `${tag.type}.001` : undefined, offset: start });
  }
  const declaredEnd = start + length;
  if (length > 0 && declaredEnd <= bytes.length && bytes[declaredEnd - 1] === FS) return declaredEnd;

  // LEN off by a byte or two (writers that leave out the FS, or count it twice) is
  // common; accept it when an FS sits there and the next record (or the end) follows.
  for (const delta of [1, -1, 2, -2]) {
    const end = declaredEnd + delta;
    if (end <= start + 1 || end > bytes.length || bytes[end - 1] !== FS) continue;
    const next = end === bytes.length ? null : parseTag(bytes, end, bytes.length);
    // At the end of the file only a LEN one byte too long is taken (FS counted
    // twice); more looks exactly like a cut whose last data byte happens to be 0x1C.
    if ((end === bytes.length && delta === -1) || next?.number === 1) {
      const tag = parseTag(bytes, start, bytes.length)!;
      warn({ code: 'wrong-len', message: `Record ${index} (Type-${tag.type}) declares LEN ${length} but is ${end - start} bytes long; used the separator`, record: index, field: `${tag.type}.001`, offset: start });
      return end;
    }
  }

  // LEN is wrong. A text-only record can still be delimited by its FS; a record
  // with binary data cannot (its data may contain any byte), so that is corrupt.
  const separator = bytes.indexOf(FS, start);
  const textEnd = separator < 0 ? bytes.length : separator;
  const tag = parseTag(bytes, start, bytes.length)!;
  const binaryTag = new TextEncoder().encode(`${tag.type}.${IMAGE_FIELD}:`);
  const region = bytes.subarray(start, textEnd);
  if (indexOfSequence(region, binaryTag) >= 0) {
    const where = { record: index, field: `${tag.type}.001`, offset: start };
    if (declaredEnd > bytes.length) throw badFile(`Record ${index} (Type-${tag.type}) declares ${length} bytes but only ${bytes.length - start} remain (truncated file)`, where);
    throw badFile(`Record ${index} (Type-${tag.type}) LEN ${length} does not end on a record separator`, where);
  }
  if (separator < 0) {
    // Tolerated only when nothing but the closing FS is missing: otherwise the record was cut short.
    // (A record holding nothing but part of its LEN field is a cut, not a missing FS.)
    if (declaredEnd === bytes.length + 1 && region.includes(GS)) {
      warn({ code: 'missing-fs', message: `Record ${index} (Type-${tag.type}) is not closed by a file separator; read to the end of the file`, record: index, offset: start });
      return bytes.length;
    }
    const where = { record: index, field: `${tag.type}.001`, offset: start };
    if (declaredEnd > bytes.length) throw badFile(`Record ${index} (Type-${tag.type}) declares ${length} bytes but only ${bytes.length - start} remain (truncated file)`, where);
    throw badFile(`Record ${index} (Type-${tag.type}) has no record separator and LEN ${length} does not end on one`, where);
  }
  warn({
    code: 'wrong-len',
    message: `Record ${index} (Type-${tag.type}) declares LEN ${length} but ends after ${separator + 1 - start} bytes; used the separator`,
    record: index,
    field: `${tag.type}.001`,
    offset: start,
  });
  return separator + 1;
}

function indexOfSequence(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0]!;
  for (let i = haystack.indexOf(first); i >= 0 && i + needle.length <= haystack.length; i = haystack.indexOf(first, i + 1)) {
    let match = true;
    for (let j = 1; j < needle.length && match; j++) match = haystack[i + j] === needle[j];
    if (match) return i;
  }
  return -1;
}

/** The record types CNT announces after Type-1, or null when CNT is unusable. */
function listedTypes(type1: TaggedRecord, warn: (w: ReadWarning) => void): number[] | null {
  const cnt = textField(type1, 3);
  if (!cnt || cnt.length === 0) {
    warn({ code: 'missing-cnt', message: 'Field 1.003 (CNT) is missing; records are read as tagged records in file order', record: 0, field: '1.003' });
    return null;
  }
  const types: number[] = [];
  for (const [i, items] of cnt.slice(1).entries()) {
    const type = Number.parseInt(items[0] ?? '', 10);
    if (!Number.isInteger(type) || type < 1 || type > 99) {
      warn({ code: 'bad-cnt', message: `CNT subfield ${i + 2} names record type "${items[0] ?? ''}"; reading stops trusting CNT there`, record: 0, field: '1.003' });
      break;
    }
    types.push(type);
  }
  const declared = Number.parseInt(cnt[0]?.[1] ?? '', 10);
  if (declared !== types.length) {
    warn({ code: 'cnt-count', message: `CNT says ${cnt[0]?.[1] ?? '?'} records follow Type-1 but lists ${types.length}`, record: 0, field: '1.003' });
  }
  return types;
}

function checkVersion(type1: TaggedRecord, warn: (w: ReadWarning) => void): string {
  const version = textField(type1, 2)?.[0]?.[0] ?? '';
  if (!KNOWN_VERSIONS.has(version)) {
    warn({ code: 'unknown-version', message: `Version "${version}" in 1.002 is not one of 0200-0502; read by the 2011 rules`, record: 0, field: '1.002' });
  }
  return version;
}

export function readTransaction(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const warnings = new Warnings();
  const warn = warnings.add;
  if (bytes.length === 0) throw badFile('The file is empty', { record: 0, offset: 0 });
  const first = parseTag(bytes, 0, bytes.length);
  if (!first || first.type !== 1) throw badFile('Not an ANSI/NIST-ITL transaction: it does not start with a Type-1 field "1.001:"', { record: 0, offset: 0 });

  const type1End = taggedRecordEnd(bytes, 0, 0, warn);
  // Type-1 itself is ASCII; its 1.015 says how the rest of the text is encoded.
  let type1 = readTaggedFields(bytes, 0, type1End, { encoding: 'latin1', recordIndex: 0, warn });
  const encoding = encodingFromDcs(textField(type1, 15), warn);
  if (encoding === 'utf-8') type1 = readTaggedFields(bytes, 0, type1End, { encoding, recordIndex: 0, warn: () => undefined });
  const version = checkVersion(type1, warn);

  const records: AnRecord[] = [type1];
  const layout: RecordLayout[] = [{ type: 1, offset: 0, length: type1End }];
  const types = listedTypes(type1, warn);
  let pos = type1End;
  options.onProgress?.(pos, bytes.length);

  // Shared across records so undeclared 8-bit text is reported once per file.
  const textContext = { encoding, recordIndex: 0, warn, warnedEightBit: false };
  const readTagged = (index: number, expected: number | null) => {
    const end = taggedRecordEnd(bytes, pos, index, warn);
    textContext.recordIndex = index;
    const record = readTaggedFields(bytes, pos, end, textContext);
    if (expected !== null && record.type !== expected) {
      warn({ code: 'cnt-type-mismatch', message: `CNT lists record ${index} as Type-${expected} but it is tagged Type-${record.type}`, record: index, offset: pos });
    }
    return { record, end };
  };

  const listed = types ?? [];
  const idcs = (textField(type1, 3) ?? []).slice(1).map((items) => Number.parseInt(items[1] ?? '', 10));
  for (let i = 0; i < listed.length; i++) {
    const index = i + 1;
    const type = listed[i]!;
    if (pos >= bytes.length) {
      warn({ code: 'cnt-count', message: `CNT lists ${listed.length} records after Type-1 but the file ends after ${i}`, record: index, offset: pos });
      break;
    }
    let next: { record: AnRecord; end: number };
    if (isBinaryRecordType(type)) {
      const tag = parseTag(bytes, pos, bytes.length);
      if (tag && tag.type === type && tag.number === 1) {
        warn({ code: 'tagged-binary-type', message: `Record ${index} (Type-${type}) is written as a tagged record; read as tagged`, record: index, offset: pos });
        next = readTagged(index, type);
      } else {
        if (pos + 4 > bytes.length) throw badFile(`Record ${index} (Type-${type}) is truncated inside its LEN`, { record: index, field: `${type}.001`, offset: pos });
        const record = readBinaryRecord(bytes, pos, type, index);
        next = { record, end: pos + u32(bytes, pos) };
      }
    } else {
      next = readTagged(index, type);
    }
    const listedIdc = idcs[i];
    const actualIdc = next.record.encoding === 'binary' ? next.record.idc : Number.parseInt(textField(next.record, 2)?.[0]?.[0] ?? '', 10);
    if (listedIdc !== undefined && Number.isInteger(listedIdc) && listedIdc !== actualIdc) {
      warn({ code: 'cnt-idc-mismatch', message: `CNT lists record ${index} with IDC ${listedIdc} but the record says ${Number.isNaN(actualIdc) ? 'nothing' : actualIdc}`, record: index, offset: pos });
    }
    records.push(next.record);
    layout.push({ type: next.record.type, offset: pos, length: next.end - pos });
    pos = next.end;
    options.onProgress?.(pos, bytes.length);
  }

  // Bytes after the records CNT lists: more tagged records (CNT undercounted) or padding.
  while (pos < bytes.length) {
    const tag = parseTag(bytes, pos, bytes.length);
    if (!tag || tag.number !== 1) {
      const rest = bytes.subarray(pos);
      if (rest.some((b) => b !== 0 && b !== FS && b !== 0x0a && b !== 0x0d && b !== 0x20)) {
        warn({ code: 'trailing-bytes', message: `${rest.length} bytes after the last record were ignored`, offset: pos });
      }
      break;
    }
    const index = records.length;
    if (types) warn({ code: 'cnt-count', message: `Record ${index} (Type-${tag.type}) is not listed in CNT; read anyway`, record: index, offset: pos });
    const next = readTagged(index, null);
    records.push(next.record);
    layout.push({ type: next.record.type, offset: pos, length: next.end - pos });
    pos = next.end;
    options.onProgress?.(pos, bytes.length);
  }

  return { transaction: { records }, warnings: warnings.finish(), layout, encoding, version };
}
