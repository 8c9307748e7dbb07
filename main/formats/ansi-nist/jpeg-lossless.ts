// Lossless JPEG (ITU-T T.81 process 14, SOF3; the "JPEGL" of ANSI/NIST-ITL
// records): Huffman-coded differences from one of seven predictors, with an
// optional point transform. One component (gray) or three 1x1-sampled
// interleaved components (converted to gray). The output is 8-bit: higher
// precisions keep their top 8 bits.
import type { GrayImage } from '../../../preload/shared/fingerprint';
import { RidgelineError } from '../../../preload/shared/errors';

/** Same ceiling as the other image codecs: a 1000 ppi palm is about 45 MP. */
const MAX_PIXELS = 64 * 1024 * 1024;

const bad = (message: string, offset?: number) => new RidgelineError('bad-file', `Lossless JPEG: ${message}`, offset === undefined ? { format: 'jpeg-lossless' } : { format: 'jpeg-lossless', offset });

interface HuffmanTable {
  maxCode: Int32Array; // per length 1..16, -1 when no codes
  valPtr: Int32Array;
  minCode: Int32Array;
  values: Uint8Array;
}

function buildTable(counts: Uint8Array, values: Uint8Array): HuffmanTable {
  const maxCode = new Int32Array(18).fill(-1);
  const valPtr = new Int32Array(17);
  const minCode = new Int32Array(17);
  let code = 0;
  let k = 0;
  for (let length = 1; length <= 16; length++) {
    const n = counts[length - 1]!;
    if (n > 0) {
      valPtr[length] = k;
      minCode[length] = code;
      code += n;
      k += n;
      maxCode[length] = code - 1;
    }
    code <<= 1;
  }
  // A sentinel beyond 16 bits so an invalid code ends decoding.
  maxCode[17] = 0x7fffffff;
  return { maxCode, valPtr, minCode, values };
}

interface Frame {
  precision: number;
  height: number;
  width: number;
  components: number[];
}

const MAX_PADDING_BYTES = 8;

/** Reads entropy-coded bits, undoing 0xFF00 stuffing and stopping at markers. */
class BitReader {
  private bits = 0;
  private count = 0;
  marker: number | null = null;
  private padding = 0;
  constructor(
    private readonly bytes: Uint8Array,
    public pos: number,
  ) {}

  private fill(): void {
    while (this.count <= 24) {
      let byte = 0;
      if (this.marker === null && this.pos < this.bytes.length) {
        byte = this.bytes[this.pos++]!;
        if (byte === 0xff) {
          const next = this.bytes[this.pos];
          if (next === 0x00) this.pos++;
          else {
            // A marker ends the segment: feed zero bits from here on.
            this.marker = next ?? 0xd9;
            this.pos--;
            byte = 0;
          }
        }
      } else if (this.marker === null || ++this.padding > MAX_PADDING_BYTES) {
        // Past a marker the decoder may read a few zero bits; many more means the data is missing,
        // and stopping here keeps a forged image size from costing seconds of work.
        throw bad('the image data ends early', this.pos);
      }
      this.bits = (this.bits << 8) | byte;
      this.count += 8;
    }
  }

  bit(): number {
    if (this.count === 0) this.fill();
    this.count--;
    return (this.bits >>> this.count) & 1;
  }

  receive(n: number): number {
    let value = 0;
    for (let i = 0; i < n; i++) value = (value << 1) | this.bit();
    return value;
  }

  /** Drops buffered bits and consumes the restart marker RSTn. */
  restart(): void {
    this.bits = 0;
    this.count = 0;
    if (this.marker === null) {
      // The encoder may pad with 1 bits before the marker.
      while (this.pos < this.bytes.length && !(this.bytes[this.pos] === 0xff && this.bytes[this.pos + 1] !== 0x00)) this.pos++;
      this.marker = this.bytes[this.pos + 1] ?? null;
    }
    if (this.marker === null || this.marker < 0xd0 || this.marker > 0xd7) throw bad('a restart marker is missing', this.pos);
    this.pos += 2;
    this.marker = null;
    this.padding = 0;
  }
}

function decodeDifference(reader: BitReader, table: HuffmanTable): number {
  let code = reader.bit();
  let length = 1;
  while (code > table.maxCode[length]!) {
    code = (code << 1) | reader.bit();
    if (++length > 16) throw bad('invalid Huffman code', reader.pos);
  }
  const size = table.values[table.valPtr[length]! + code - table.minCode[length]!];
  if (size === undefined || size > 16) throw bad('invalid difference category', reader.pos);
  if (size === 0) return 0;
  if (size === 16) return 32768;
  const bits = reader.receive(size);
  return bits < 1 << (size - 1) ? bits - (1 << size) + 1 : bits;
}

/** T.81 Table H.1: the seven predictors from left (a), above (b) and above-left (c). */
function predict(selector: number, a: number, b: number, c: number): number {
  switch (selector) {
    case 1:
      return a;
    case 2:
      return b;
    case 3:
      return c;
    case 4:
      return a + b - c;
    case 5:
      return a + ((b - c) >> 1);
    case 6:
      return b + ((a - c) >> 1);
    default:
      return (a + b) >> 1;
  }
}

export function decodeJpegLossless(bytes: Uint8Array): GrayImage {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw bad('no start-of-image marker', 0);
  const tables = new Map<number, HuffmanTable>();
  let frame: Frame | null = null;
  let restartInterval = 0;
  let pos = 2;
  const u16 = (at: number) => {
    if (at + 2 > bytes.length) throw bad('a segment is truncated', at);
    return (bytes[at]! << 8) | bytes[at + 1]!;
  };
  for (;;) {
    if (pos + 4 > bytes.length) throw bad('no start-of-scan marker', pos);
    if (bytes[pos] !== 0xff) throw bad('expected a marker', pos);
    const marker = bytes[pos + 1]!;
    if (marker === 0xff) {
      pos++; // fill byte
      continue;
    }
    const length = u16(pos + 2);
    const body = pos + 4;
    const end = pos + 2 + length;
    if (length < 2 || end > bytes.length) throw bad('a segment runs past the end', pos);
    if (marker === 0xc4) {
      for (let at = body; at < end; ) {
        const id = bytes[at]!;
        const counts = bytes.subarray(at + 1, at + 17);
        const total = counts.reduce((s, c) => s + c, 0);
        if (at + 17 + total > end) throw bad('a Huffman table is truncated', at);
        // Lossless scans use DC tables; some encoders label them AC, so only the number matters.
        tables.set(id & 0x0f, buildTable(counts, bytes.subarray(at + 17, at + 17 + total)));
        at += 17 + total;
      }
    } else if (marker === 0xc3) {
      const count = bytes[body + 5]!;
      frame = { precision: bytes[body]!, height: u16(body + 1), width: u16(body + 3), components: [] };
      for (let i = 0; i < count; i++) {
        if (bytes[body + 7 + 3 * i] !== 0x11) throw new RidgelineError('unsupported', 'Lossless JPEG with subsampled components is not supported', { format: 'jpeg-lossless' });
        frame.components.push(bytes[body + 6 + 3 * i]!);
      }
    } else if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      throw new RidgelineError('unsupported', `JPEG frame type 0x${marker.toString(16)} is not lossless JPEG`, { format: 'jpeg-lossless' });
    } else if (marker === 0xdd) {
      restartInterval = u16(body);
    } else if (marker === 0xda) {
      if (!frame) throw bad('scan before frame header', pos);
      return decodeScan(bytes, body, end, frame, tables, restartInterval);
    } else if (marker === 0xd9) {
      throw bad('end of image before any scan', pos);
    }
    pos = end;
  }
}

function decodeScan(bytes: Uint8Array, body: number, end: number, frame: Frame, tables: Map<number, HuffmanTable>, restartInterval: number): GrayImage {
  const { width, height, precision } = frame;
  const n = bytes[body]!;
  if (n !== frame.components.length || (n !== 1 && n !== 3)) {
    throw new RidgelineError('unsupported', `Lossless JPEG with ${n} components in a scan is not supported`, { format: 'jpeg-lossless' });
  }
  if (width === 0 || height === 0 || width * height > MAX_PIXELS) throw bad(`image size ${width}x${height} is out of range`, body);
  if (precision < 2 || precision > 16) throw bad(`sample precision ${precision} is out of range`, body);
  const componentTables = Array.from({ length: n }, (_, c) => {
    const table = tables.get(bytes[body + 2 + 2 * c]! >> 4);
    if (!table) throw bad('a scan refers to a missing Huffman table', body);
    return table;
  });
  const predictor = bytes[body + 1 + 2 * n]!;
  const pointTransform = bytes[body + 3 + 2 * n]! & 0x0f;
  if (predictor < 1 || predictor > 7) throw bad(`predictor ${predictor} is invalid`, body);

  const reader = new BitReader(bytes, end);
  const mask = (1 << 16) - 1;
  const initial = 1 << (precision - pointTransform - 1);
  // Previous and current rows, interleaved components, at full precision.
  let above = new Int32Array(width * n);
  let row = new Int32Array(width * n);
  const out = new Uint8Array(width * height);
  const shift = Math.max(0, precision - 8);
  let samplesUntilRestart = restartInterval;
  let firstLineOfInterval = false;

  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (restartInterval > 0) {
        if (samplesUntilRestart === 0) {
          reader.restart();
          samplesUntilRestart = restartInterval;
          firstLineOfInterval = true;
        }
        samplesUntilRestart--;
      }
      for (let c = 0; c < n; c++) {
        const i = x * n + c;
        let prediction: number;
        if ((y === 0 || firstLineOfInterval) && x === 0) prediction = initial;
        else if (y === 0 || firstLineOfInterval) prediction = row[i - n]!;
        else if (x === 0) prediction = above[i]!;
        else {
          const a = row[i - n]!;
          const b = above[i]!;
          const cc = above[i - n]!;
          prediction = predict(predictor, a, b, cc);
        }
        row[i] = (prediction + decodeDifference(reader, componentTables[c]!)) & mask;
      }
      const value = (n === 1 ? row[x]! : Math.round(0.299 * row[3 * x]! + 0.587 * row[3 * x + 1]! + 0.114 * row[3 * x + 2]!)) << pointTransform;
      out[y * width + x] = Math.min(255, value >> shift);
    }
    // Lossless restart intervals are whole lines (T.81 H.1.1), so only the
    // first line after a restart predicts from the left alone.
    firstLineOfInterval = false;
    [above, row] = [row, above];
  }
  return { width, height, ppi: 500, pixels: out };
}
