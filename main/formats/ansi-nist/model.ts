// The in-memory model of an ANSI/NIST-ITL transaction (traditional encoding).
// It holds exactly what the bytes say, decoded to text where the standard says
// text: the reader fills it, the writer serialises it, and
// read(write(t)) deep-equals finalize(t) (see writer.ts).

/** Record types whose records are fixed-layout binary (header + data). */
export const BINARY_RECORD_TYPES = [3, 4, 5, 6, 7, 8] as const;
export type BinaryRecordType = (typeof BINARY_RECORD_TYPES)[number];

export const isBinaryRecordType = (type: number): type is BinaryRecordType => type >= 3 && type <= 8;

/** Tagged record types this reader knows by name; others are still read generically. */
export const TAGGED_RECORD_TYPES = [1, 2, 9, 10, 11, 12, 13, 14, 15, 16, 17, 98, 99] as const;

/** A text field: subfields (RS-separated) of items (US-separated). */
export interface TextField {
  readonly number: number;
  readonly subfields: string[][];
}

/** A binary field: the image or other opaque data, always the last field (x.999). */
export interface BinaryField {
  readonly number: number;
  readonly data: Uint8Array;
}

export type Field = TextField | BinaryField;

export const isBinaryField = (field: Field): field is BinaryField => 'data' in field;

export interface TaggedRecord {
  readonly encoding: 'tagged';
  readonly type: number;
  /** In file order; x.001 (LEN) and x.002 (IDC) first in a valid record. */
  fields: Field[];
}

/** Header of the fixed-layout image records 3-7 (18 bytes). */
export interface FingerImageHeader {
  /** Impression type (IMP). */
  imp: number;
  /** Six finger-position bytes (FGP); 255 = unused. */
  fgp: number[];
  /** Image scanning resolution flag (ISR): 0 minimum, 1 native/transmitting. */
  isr: number;
  /** Horizontal line length (HLL), pixels. */
  hll: number;
  /** Vertical line length (VLL), pixels. */
  vll: number;
  /** Compression algorithm (GCA / BCA); 0 = none, 1 = WSQ for gray types. */
  compression: number;
}

/** Header of the Type-8 signature record (12 bytes). */
export interface SignatureHeader {
  /** Signature type (SIG): 0 subject, 1 official. */
  sig: number;
  /** Signature representation type (SRT): 0 scanned uncompressed, 1 scanned compressed, 2 vectors. */
  srt: number;
  isr: number;
  hll: number;
  vll: number;
}

export interface BinaryRecord {
  readonly encoding: 'binary';
  readonly type: BinaryRecordType;
  /** LEN as found (the writer recomputes it). */
  length: number;
  /** Information designation character (IDC). */
  idc: number;
  header: FingerImageHeader | SignatureHeader;
  data: Uint8Array;
}

export type AnRecord = TaggedRecord | BinaryRecord;

/** A whole transaction: records[0] is the Type-1 transaction information record. */
export interface Transaction {
  records: AnRecord[];
}

export const isSignatureHeader = (header: FingerImageHeader | SignatureHeader): header is SignatureHeader => 'srt' in header;

/** Where a record sits in the file, for messages and `inspect`. */
export interface RecordLayout {
  type: number;
  offset: number;
  length: number;
}

/** Something a real file got wrong that the reader tolerated. */
export interface ReadWarning {
  code: string;
  message: string;
  record?: number;
  field?: string;
  offset?: number;
}
