// Reads and writes one tagged record: fields separated by GS, subfields by RS,
// items by US, the record closed by FS. The binary field (x.999) is the last
// one and runs to the byte before the closing FS.
import { badFile } from '../../../preload/shared/errors';
import { decodeTextRange, encodable, encodeText, type TextEncoding } from './charset';
import type { Field, ReadWarning, TaggedRecord } from './model';
import { isBinaryField } from './model';
import { FS, GS, RS, US } from './separators';
import { parseTag, tagText } from './tags';

export const IMAGE_FIELD = 999;

export interface TaggedReadContext {
  encoding: TextEncoding;
  recordIndex: number;
  warn(warning: ReadWarning): void;
  /** Set once the transaction has been warned about undeclared 8-bit text (one warning per file). */
  warnedEightBit?: boolean;
}

const NON_ASCII = /[\x80-\xff]/;

const RS_CHAR = String.fromCharCode(RS);
const US_CHAR = String.fromCharCode(US);

/** Splits a decoded field value into subfields of items. */
export function splitValue(value: string): string[][] {
  // Most fields hold one item: skip the splits and their arrays.
  if (!value.includes(RS_CHAR) && !value.includes(US_CHAR)) return [[value]];
  return value.split(RS_CHAR).map((subfield) => subfield.split(US_CHAR));
}

/**
 * Parses the fields of a tagged record occupying bytes [start, end), where
 * bytes[end - 1] is its FS (or end is the end of the file when FS is missing).
 */
export function readTaggedFields(bytes: Uint8Array, start: number, end: number, ctx: TaggedReadContext): TaggedRecord {
  const bodyEnd = bytes[end - 1] === FS ? end - 1 : end;
  const fields: Field[] = [];
  let type = -1;
  let pos = start;
  let warnedShort = false;
  while (pos < bodyEnd) {
    const tag = parseTag(bytes, pos, bodyEnd);
    if (!tag) {
      throw badFile(`Record ${ctx.recordIndex}: expected a field tag "T.NNN:" at byte ${pos}`, {
        record: ctx.recordIndex,
        field: fields.length > 0 ? tagText(type, fields[fields.length - 1]!.number) : undefined,
        offset: pos,
      });
    }
    if (type === -1) type = tag.type;
    else if (tag.type !== type) {
      ctx.warn({
        code: 'tag-type-mismatch',
        message: `Field ${tag.type}.${tag.number} sits in a Type-${type} record; read as ${tagText(type, tag.number)}`,
        record: ctx.recordIndex,
        offset: pos,
      });
    }
    if (tag.short && !warnedShort) {
      warnedShort = true;
      ctx.warn({ code: 'short-tag', message: `Record ${ctx.recordIndex} uses short field tags (e.g. "${tag.type}.${tag.number}:"), read as three-digit numbers`, record: ctx.recordIndex, offset: pos });
    }
    const valueStart = pos + tag.size;
    if (tag.number === IMAGE_FIELD) {
      fields.push({ number: tag.number, data: bytes.subarray(valueStart, bodyEnd) });
      pos = bodyEnd;
      break;
    }
    // Search only this record: a search that runs on past its end makes a file of
    // many one-field records quadratic (each search would scan the rest of the file).
    let valueEnd = valueStart;
    while (valueEnd < bodyEnd && bytes[valueEnd] !== GS) valueEnd++;
    const text = decodeTextRange(bytes, valueStart, valueEnd, ctx.encoding, () =>
      ctx.warn({ code: 'invalid-utf8', message: `Field ${tagText(type, tag.number)} is not valid UTF-8; bad bytes replaced`, record: ctx.recordIndex, field: tagText(type, tag.number), offset: valueStart }),
    );
    if (ctx.encoding === 'ascii' && !ctx.warnedEightBit && NON_ASCII.test(text)) {
      ctx.warnedEightBit = true;
      ctx.warn({ code: 'undeclared-8bit', message: `Field ${tagText(type, tag.number)} has bytes above 0x7F but 1.015 declares no character set; text read as Latin-1`, record: ctx.recordIndex, field: tagText(type, tag.number), offset: valueStart });
    }
    fields.push({ number: tag.number, subfields: splitValue(text) });
    pos = valueEnd + 1;
  }
  if (type === -1) throw badFile(`Record ${ctx.recordIndex} has no fields`, { record: ctx.recordIndex, offset: start });
  return { encoding: 'tagged', type, fields };
}

const SEPARATOR_PATTERN = /[\x1c-\x1f]/;

function fieldBytes(type: number, field: Field, encoding: TextEncoding): Uint8Array[] {
  const tag = encodeText(`${tagText(type, field.number)}:`, 'ascii');
  if (isBinaryField(field)) return [tag, field.data];
  const parts: string[] = [];
  for (const items of field.subfields) {
    for (const item of items) {
      if (SEPARATOR_PATTERN.test(item)) throw badFile(`Field ${tagText(type, field.number)}: an item may not contain a separator character`);
      if (!encodable(item, encoding)) {
        throw badFile(`Field ${tagText(type, field.number)}: "${item}" cannot be written in ${encoding}; declare UTF-8 in 1.015`);
      }
    }
    parts.push(items.join(US_CHAR));
  }
  return [tag, encodeText(parts.join(RS_CHAR), encoding)];
}

/** Serialises a tagged record; LEN (x.001) must already be correct (see writer.ts). */
export function writeTaggedRecord(record: TaggedRecord, encoding: TextEncoding): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  record.fields.forEach((field, i) => {
    if (isBinaryField(field) && i !== record.fields.length - 1) {
      throw badFile(`Field ${tagText(record.type, field.number)} holds binary data and must be the last field of its record`);
    }
    if (i > 0) chunks.push(Uint8Array.of(GS));
    chunks.push(...fieldBytes(record.type, field, encoding));
  });
  chunks.push(Uint8Array.of(FS));
  return chunks;
}
