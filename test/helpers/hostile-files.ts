// Worst-case inputs a partner could send, built from the format rules (no real
// data): the benchmark (test/bench/formats.ts) times them and the regression
// tests (test/unit/hostile/) check each is parsed or refused with a typed error.
import { frictionImageRecord, transaction } from '../../main/formats/ansi-nist/builders';
import { writeTransaction } from '../../main/formats/ansi-nist/writer';
import { encodeWsq } from '../native/wsq-encoder';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** A tagged record with a correct LEN. */
function taggedRecord(type: number, fields: string[]): string {
  const rest = fields.join('\x1d');
  let length = 0;
  for (let i = 0; i < 4; i++) length = `${type}.001:${length}\x1d${rest}\x1c`.length;
  return `${type}.001:${length}\x1d${rest}\x1c`;
}

/**
 * A transaction of `count` Type-2 records after Type-1, all listed in CNT.
 * `oneField` makes each record hold its LEN field only: no field separator
 * follows it anywhere in the file, the case that made tagged-record parsing
 * quadratic.
 */
export function manyRecordsTransaction(count: number, options: { oneField?: boolean } = {}): Uint8Array {
  const cnt = [`1\x1f${count}`, ...Array.from({ length: count }, (_, i) => `2\x1f${i + 1}`)].join('\x1e');
  const type1 = taggedRecord(1, ['1.002:0502', `1.003:${cnt}`, '1.004:CAR', '1.005:20261123', '1.007:DEST00001', '1.008:ORIG00001', '1.009:TCN-1', '1.011:00.00', '1.012:00.00']);
  const parts = [type1];
  for (let i = 0; i < count; i++) {
    if (options.oneField) {
      let length = 0;
      for (let k = 0; k < 4; k++) length = `2.001:${length}\x1c`.length;
      parts.push(`2.001:${length}\x1c`);
    } else parts.push(taggedRecord(2, [`2.002:${i + 1}`]));
  }
  return latin1(parts.join(''));
}

/**
 * A 96 KB TIFF whose first IFD has 8000 entries, each declaring 24000 LONGs
 * that all point at the start of the file: 192 million values to a reader
 * that reads every tag.
 */
export function tiffTagBomb(): Uint8Array {
  const entries = 8000;
  const size = 8 + 2 + entries * 12 + 4;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  bytes.set([0x49, 0x49, 42, 0]);
  view.setUint32(4, 8, true);
  view.setUint16(8, entries, true);
  const count = Math.floor(size / 4) - 1;
  for (let i = 0; i < entries; i++) {
    const at = 10 + i * 12;
    view.setUint16(at, 1000 + i, true); // private tags, ignored by a careful reader
    view.setUint16(at + 2, 4, true); // LONG
    view.setUint32(at + 4, count, true);
    view.setUint32(at + 8, 0, true);
  }
  return bytes;
}

const header = { typeOfTransaction: 'PXEQ', date: '20261123', destinationAgency: 'DEST00001', originatingAgency: 'PARTNERA1', controlNumber: 'TCN-BOMB' };

/** A small valid WSQ file, to sit in records that lie about its size. */
export function smallWsq(): Uint8Array {
  const width = 64;
  const height = 64;
  const pixels = Uint8Array.from({ length: width * height }, (_, i) => (((i % width) * 7) ^ (Math.floor(i / width) * 5)) & 0xff);
  return encodeWsq(width, height, pixels);
}

/** A small WSQ file whose frame header (SOF) claims `width` x `height`. */
export function liarWsq(width: number, height: number): Uint8Array {
  const data = smallWsq();
  for (let at = 2; at + 10 < data.length; ) {
    const marker = (data[at]! << 8) | data[at + 1]!;
    const length = (data[at + 2]! << 8) | data[at + 3]!;
    if (marker === 0xffa2) {
      new DataView(data.buffer, data.byteOffset).setUint16(at + 6, height);
      new DataView(data.buffer, data.byteOffset).setUint16(at + 8, width);
      return data;
    }
    at += 2 + length;
  }
  throw new Error('no WSQ frame header');
}

/**
 * About 28 KB: ten Type-14 WSQ records, each declaring (in the record and in
 * the WSQ frame header) 8000 x 8000 pixels around a few kilobytes of data:
 * 640 M pixels, several gigabytes of decoder memory, to a trusting importer.
 */
export function budgetBreakingPacket(): Uint8Array {
  const data = liarWsq(8000, 8000);
  const records = Array.from({ length: 10 }, (_, i) =>
    frictionImageRecord({ idc: i + 1, recordType: 14, impression: 1, sourceAgency: 'PARTNERA1', captureDate: '20261120', width: 8000, height: 8000, ppi: 500, compression: 'WSQ20', positions: [i + 1], data }),
  );
  return writeTransaction(transaction(header, records));
}
