// The fixed-layout binary records (types 3-8). They carry no type of their own:
// the reader knows their type from the Type-1 CNT field. All integers are
// big-endian. Types 3-7 share the 18-byte header of ANSI/NIST-ITL 1-2011
// Table 11 (Type-7 by the EBTS convention every real file follows); Type-8 has
// a 12-byte header.
import { badFile } from '../../../preload/shared/errors';
import type { BinaryRecord, BinaryRecordType, FingerImageHeader, SignatureHeader } from './model';
import { isSignatureHeader } from './model';

export const IMAGE_HEADER_BYTES = 18;
export const SIGNATURE_HEADER_BYTES = 12;

export const headerBytes = (type: BinaryRecordType): number => (type === 8 ? SIGNATURE_HEADER_BYTES : IMAGE_HEADER_BYTES);

const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
export const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;

/**
 * Reads a binary record of `type` at `offset`. `recordIndex` only labels errors.
 * The caller has checked that 4 bytes of LEN are present.
 */
export function readBinaryRecord(bytes: Uint8Array, offset: number, type: BinaryRecordType, recordIndex: number): BinaryRecord {
  const length = u32(bytes, offset);
  const minimum = headerBytes(type);
  const where = { record: recordIndex, field: `${type}.001`, offset };
  if (length < minimum) throw badFile(`Type-${type} record ${recordIndex} declares ${length} bytes, less than its ${minimum}-byte header`, where);
  if (offset + length > bytes.length) {
    throw badFile(`Type-${type} record ${recordIndex} declares ${length} bytes but only ${bytes.length - offset} remain (truncated file)`, where);
  }
  const at = offset;
  const idc = bytes[at + 4]!;
  let header: FingerImageHeader | SignatureHeader;
  if (type === 8) {
    header = { sig: bytes[at + 5]!, srt: bytes[at + 6]!, isr: bytes[at + 7]!, hll: u16(bytes, at + 8), vll: u16(bytes, at + 10) };
  } else {
    header = {
      imp: bytes[at + 5]!,
      fgp: Array.from(bytes.subarray(at + 6, at + 12)),
      isr: bytes[at + 12]!,
      hll: u16(bytes, at + 13),
      vll: u16(bytes, at + 15),
      compression: bytes[at + 17]!,
    };
  }
  return { encoding: 'binary', type, length, idc, header, data: bytes.subarray(at + minimum, at + length) };
}

const checkByte = (value: number, what: string) => {
  if (!Number.isInteger(value) || value < 0 || value > 255) throw badFile(`${what} ${value} does not fit in one byte`);
};
const checkU16 = (value: number, what: string) => {
  if (!Number.isInteger(value) || value < 0 || value > 0xffff) throw badFile(`${what} ${value} does not fit in two bytes`);
};

/** Serialises a binary record with its LEN computed from header and data. */
export function writeBinaryRecord(record: BinaryRecord): Uint8Array {
  const size = headerBytes(record.type);
  const length = size + record.data.length;
  if (length > 0xffffffff) throw badFile(`Type-${record.type} record is too large for its 4-byte LEN`);
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  view.setUint32(0, length);
  checkByte(record.idc, 'IDC');
  out[4] = record.idc;
  const header = record.header;
  if (record.type === 8) {
    if (!isSignatureHeader(header)) throw badFile('A Type-8 record needs a signature header');
    for (const [value, name] of [[header.sig, 'SIG'], [header.srt, 'SRT'], [header.isr, 'ISR']] as const) checkByte(value, name);
    checkU16(header.hll, 'HLL');
    checkU16(header.vll, 'VLL');
    out.set([header.sig, header.srt, header.isr], 5);
    view.setUint16(8, header.hll);
    view.setUint16(10, header.vll);
  } else {
    if (isSignatureHeader(header)) throw badFile(`A Type-${record.type} record needs an image header`);
    if (header.fgp.length !== 6) throw badFile('FGP of a binary image record has exactly 6 bytes');
    for (const [value, name] of [[header.imp, 'IMP'], [header.isr, 'ISR'], [header.compression, 'GCA'], ...header.fgp.map((f) => [f, 'FGP'] as const)] as const) {
      checkByte(value, name);
    }
    checkU16(header.hll, 'HLL');
    checkU16(header.vll, 'VLL');
    out[5] = header.imp;
    out.set(header.fgp, 6);
    out[12] = header.isr;
    view.setUint16(13, header.hll);
    view.setUint16(15, header.vll);
    out[17] = header.compression;
  }
  out.set(record.data, size);
  return out;
}
