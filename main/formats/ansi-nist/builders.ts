// Builders for the records Ridgeline writes: Type-1, Type-2, Type-13/14 images.
// LEN and CNT are left to finalize() in writer.ts.
import { RidgelineError } from '../../../preload/shared/errors';
import { CHARSET_INDEX, CHARSET_NAME, type TextEncoding } from './charset';
import type { Field, TaggedRecord, Transaction, AnRecord } from './model';

export interface TransactionHeader {
  /** Type of transaction (TOT), e.g. "LFFS" or a pilot-exchange code. */
  typeOfTransaction: string;
  /** Date (DAT), YYYYMMDD. */
  date: string;
  destinationAgency: string;
  originatingAgency: string;
  /** Transaction control number (TCN). */
  controlNumber: string;
  /** Greenwich mean time (GMT), YYYYMMDDhhmmssZ; defaults to date at midnight. */
  gmt?: string;
  /** Domain name (DOM) name and version. */
  domain?: [string, string];
  priority?: number;
  version?: string;
  encoding?: TextEncoding;
}

const DATE = /^\d{8}$/;
const GMT = /^\d{14}Z$/;

const text = (number: number, ...subfields: string[][]): Field => ({ number, subfields });

export function type1Record(header: TransactionHeader): TaggedRecord {
  if (!DATE.test(header.date)) throw new RidgelineError('invalid-argument', `DAT must be YYYYMMDD, got "${header.date}"`);
  const gmt = header.gmt ?? `${header.date}000000Z`;
  if (!GMT.test(gmt)) throw new RidgelineError('invalid-argument', `GMT must be YYYYMMDDhhmmssZ, got "${gmt}"`);
  for (const [name, value] of [['ORI', header.originatingAgency], ['DAI', header.destinationAgency], ['TCN', header.controlNumber], ['TOT', header.typeOfTransaction]] as const) {
    if (!value) throw new RidgelineError('invalid-argument', `${name} is required`);
  }
  const fields: Field[] = [
    text(1, ['0']),
    text(2, [header.version ?? '0500']),
    text(3, ['1', '0']),
    text(4, [header.typeOfTransaction]),
    text(5, [header.date]),
  ];
  if (header.priority !== undefined) fields.push(text(6, [String(header.priority)]));
  fields.push(text(7, [header.destinationAgency]), text(8, [header.originatingAgency]), text(9, [header.controlNumber]));
  // Native scanning / nominal transmitting resolution: 00.00 because every image here is tagged and says its own.
  fields.push(text(11, ['00.00']), text(12, ['00.00']));
  if (header.domain) fields.push(text(13, [...header.domain]));
  fields.push(text(14, [gmt]));
  const encoding = header.encoding ?? 'ascii';
  if (encoding !== 'ascii') fields.push(text(15, [CHARSET_INDEX[encoding], CHARSET_NAME[encoding]]));
  return { encoding: 'tagged', type: 1, fields };
}

/** A Type-2 record: IDC plus user-defined fields by number (>= 3). */
export function type2Record(idc: number, userFields: ReadonlyArray<{ number: number; subfields: string[][] }>): TaggedRecord {
  for (const f of userFields) if (f.number < 3 || f.number > 999) throw new RidgelineError('invalid-argument', `Type-2 field number ${f.number} is out of range`);
  return {
    encoding: 'tagged',
    type: 2,
    fields: [text(1, ['0']), text(2, [String(idc).padStart(2, '0')]), ...[...userFields].sort((a, b) => a.number - b.number).map((f) => text(f.number, ...f.subfields))],
  };
}

export interface FrictionImageInput {
  idc: number;
  /** 13 for latents, 14 for finger prints, 15 for palms. */
  recordType: 13 | 14 | 15;
  impression: number;
  sourceAgency: string;
  /** Capture date, YYYYMMDD. */
  captureDate: string;
  width: number;
  height: number;
  ppi: number;
  /** CGA label: NONE (8-bit gray rows), WSQ20, JPEGB, JPEGL, JP2, JP2L, PNG. */
  compression: string;
  positions: number[];
  data: Uint8Array;
  comment?: string;
}

export function frictionImageRecord(input: FrictionImageInput): TaggedRecord {
  if (!DATE.test(input.captureDate)) throw new RidgelineError('invalid-argument', `Capture date must be YYYYMMDD, got "${input.captureDate}"`);
  if (input.compression === 'NONE' && input.data.length !== input.width * input.height) {
    throw new RidgelineError('invalid-argument', 'Uncompressed image data must hold width x height bytes');
  }
  if (input.positions.length === 0) throw new RidgelineError('invalid-argument', 'An image record needs a finger or palm position');
  const fields: Field[] = [
    text(1, ['0']),
    text(2, [String(input.idc).padStart(2, '0')]),
    text(3, [String(input.impression)]),
    text(4, [input.sourceAgency]),
    text(5, [input.captureDate]),
    text(6, [String(input.width)]),
    text(7, [String(input.height)]),
    // SLC 1: THPS/TVPS are pixels per inch.
    text(8, ['1']),
    text(9, [String(Math.round(input.ppi))]),
    text(10, [String(Math.round(input.ppi))]),
    text(11, [input.compression]),
    text(12, ['8']),
    text(13, ...input.positions.map((p) => [String(p)])),
  ];
  if (input.comment) fields.push(text(20, [input.comment]));
  fields.push({ number: 999, data: input.data });
  return { encoding: 'tagged', type: input.recordType, fields };
}

export function transaction(header: TransactionHeader, records: readonly AnRecord[]): Transaction {
  return { records: [type1Record(header), ...records] };
}
