// Finds the images of a transaction and describes them without decoding:
// record, finger/palm position, impression type, size, resolution and
// compression. Binary records (3-7) carry this in their header, tagged image
// records (10, 13-17) in fields x.003-x.013.
import { binaryData, firstItem, intItem, numberItem, textField } from './fields';
import type { AnRecord, Transaction } from './model';
import { isSignatureHeader } from './model';

export type Compression = 'none' | 'wsq' | 'jpeg' | 'jpeg-lossless' | 'jpeg2000' | 'jpeg2000-lossless' | 'png' | 'fax-g4' | 'unknown';

/** Records whose images are friction ridge prints (finger, palm, latent). */
export const FRICTION_RIDGE_TYPES: ReadonlySet<number> = new Set([3, 4, 5, 6, 7, 13, 14, 15]);
const TAGGED_IMAGE_TYPES: ReadonlySet<number> = new Set([10, 13, 14, 15, 16, 17]);

export interface RecordImage {
  /** Index of the record in the transaction (Type-1 is 0). */
  recordIndex: number;
  recordType: number;
  idc: number;
  /** FGP codes: 0-10 fingers, 11-15 plain/slap, 19 EJI, 20-38 palms; empty when unknown. */
  positions: number[];
  impressionType: number | null;
  width: number;
  height: number;
  /** Pixels per inch; `ppiAssumed` is set when the record did not say. */
  ppi: number;
  ppiAssumed: boolean;
  bitsPerPixel: number;
  compression: Compression;
  /** The compression as written in the record, e.g. "WSQ20" or "1". */
  compressionLabel: string;
  friction: boolean;
  /** The encoded image bytes (a view into the file). */
  data: Uint8Array;
}

const BY_LABEL: Record<string, Compression> = {
  NONE: 'none',
  WSQ: 'wsq',
  WSQ20: 'wsq',
  JPEGB: 'jpeg',
  JPEG: 'jpeg',
  JPEGL: 'jpeg-lossless',
  JP2: 'jpeg2000',
  JP2L: 'jpeg2000-lossless',
  PNG: 'png',
};

// Binary-record GCA codes and the numeric codes early tagged records used.
const BY_CODE: readonly Compression[] = ['none', 'wsq', 'jpeg', 'jpeg-lossless', 'jpeg2000', 'jpeg2000-lossless', 'png'];

export function compressionOf(label: string, binaryBilevel = false): Compression {
  const trimmed = label.trim().toUpperCase();
  if (/^\d+$/.test(trimmed)) {
    const code = Number.parseInt(trimmed, 10);
    // Bi-level records (Type-5/6) have only "none" and the FBI's Group 4 fax scheme.
    if (binaryBilevel) return code === 0 ? 'none' : 'fax-g4';
    return BY_CODE[code] ?? 'unknown';
  }
  return BY_LABEL[trimmed] ?? 'unknown';
}

/** Resolution of the transaction's binary records, from 1.011 (NSR) / 1.012 (NTR), in ppmm. */
function type1Resolution(type1: AnRecord | undefined): { native: number | undefined; transmitting: number | undefined } {
  const positive = (v: number | undefined) => (v !== undefined && v > 0 ? v : undefined);
  return type1 ? { native: positive(numberItem(type1, 11)), transmitting: positive(numberItem(type1, 12)) } : { native: undefined, transmitting: undefined };
}

const PPMM_TO_PPI = 25.4;

function signatureDepth(bytes: number, width: number, height: number): number {
  if (bytes === width * height) return 8;
  if (bytes === width * height * 3) return 24;
  return 1;
}

function binaryImage(record: Extract<AnRecord, { encoding: 'binary' }>, index: number, type1: AnRecord | undefined): RecordImage {
  const header = record.header;
  const { native, transmitting } = type1Resolution(type1);
  const lowResolution = record.type === 3 || record.type === 5;
  // ISR 0: the record is at the minimum scanning resolution of its class (250 or 500 ppi);
  // ISR 1: at the transmitting resolution given in Type-1.
  const minimum = lowResolution ? 250 : 500;
  const declared = header.isr === 1 ? (transmitting ?? native) : undefined;
  const ppi = declared ? Math.round(declared * PPMM_TO_PPI * 100) / 100 : minimum;
  if (isSignatureHeader(header)) {
    return {
      recordIndex: index,
      recordType: 8,
      idc: record.idc,
      positions: [],
      impressionType: null,
      width: header.hll,
      height: header.vll,
      ppi,
      ppiAssumed: false,
      // Scanned signatures are bi-level by the standard, but real files also carry 8-bit
      // gray and 24-bit RGB rows: the data size tells which.
      bitsPerPixel: header.srt === 2 ? 0 : signatureDepth(record.data.length, header.hll, header.vll),
      compression: header.srt === 0 ? 'none' : header.srt === 1 ? 'fax-g4' : 'unknown',
      compressionLabel: header.srt === 1 ? 'SRT 1 (compressed scan: FBI Group 4 fax)' : `SRT ${header.srt}`,
      friction: false,
      data: record.data,
    };
  }
  const bilevel = record.type === 5 || record.type === 6;
  return {
    recordIndex: index,
    recordType: record.type,
    idc: record.idc,
    positions: header.fgp.filter((p) => p !== 255),
    impressionType: header.imp,
    width: header.hll,
    height: header.vll,
    ppi,
    ppiAssumed: false,
    bitsPerPixel: bilevel ? 1 : 8,
    compression: compressionOf(String(header.compression), bilevel),
    compressionLabel: String(header.compression),
    friction: true,
    data: record.data,
  };
}

function taggedImage(record: Extract<AnRecord, { encoding: 'tagged' }>, index: number): RecordImage | null {
  const data = binaryData(record);
  if (!data || !TAGGED_IMAGE_TYPES.has(record.type)) return null;
  const friction = FRICTION_RIDGE_TYPES.has(record.type);
  const scale = intItem(record, 8);
  const horizontal = numberItem(record, 9);
  const ppi = horizontal && horizontal > 0 ? (scale === 1 ? horizontal : scale === 2 ? Math.round(horizontal * 2.54 * 100) / 100 : undefined) : undefined;
  const label = textField(record, 11)?.[0]?.[0] ?? '';
  const positions = friction
    ? (textField(record, 13) ?? []).flatMap((items) => items.map((i) => Number.parseInt(i, 10))).filter((p) => Number.isInteger(p) && p !== 255)
    : [];
  const impression = record.type === 10 || record.type === 16 || record.type === 17 ? null : intItem(record, 3) ?? null;
  return {
    recordIndex: index,
    recordType: record.type,
    idc: intItem(record, 2) ?? 0,
    positions,
    impressionType: impression,
    width: intItem(record, 6) ?? 0,
    height: intItem(record, 7) ?? 0,
    ppi: ppi ?? 500,
    ppiAssumed: ppi === undefined,
    // Type-10 has no BPX: its colour space (10.012) says it, GRAY 8-bit and colour 24-bit.
    bitsPerPixel: record.type === 10 ? (firstItem(record, 12)?.trim().toUpperCase() === 'GRAY' ? 8 : 24) : (intItem(record, 12) ?? 8),
    compression: compressionOf(label),
    compressionLabel: label,
    friction,
    data,
  };
}

/** Every image-bearing record of the transaction, in file order. */
export function listImages(transaction: Transaction): RecordImage[] {
  const type1 = transaction.records[0];
  const images: RecordImage[] = [];
  transaction.records.forEach((record, index) => {
    const image = record.encoding === 'binary' ? binaryImage(record, index, type1) : taggedImage(record, index);
    if (image) images.push(image);
  });
  return images;
}

/** A short human description, e.g. "Type-14 #3: FGP 2, 800x750 @ 500 ppi, WSQ20". */
export function describeImage(image: RecordImage): string {
  const fgp = image.positions.length > 0 ? `FGP ${image.positions.join('/')}` : 'no position';
  return `Type-${image.recordType} #${image.recordIndex}: ${fgp}, ${image.width}x${image.height} @ ${image.ppi}${image.ppiAssumed ? '?' : ''} ppi, ${image.compression}${image.compressionLabel.toUpperCase() === image.compression.toUpperCase() ? '' : ` (${image.compressionLabel})`}`;
}

