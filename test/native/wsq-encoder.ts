// A small WSQ encoder for tests and fuzz seeds. It writes conformant streams
// (FBI WSQ specification v3.1: 9/7 filters, the 64-subband decomposition,
// uniform scalar quantization with a dead zone, canonical Huffman tables) but
// chooses bin widths from a single step instead of the specification's
// bit-allocation, which only changes compression, not the format. Options
// expose the variants a decoder must accept or refuse.

export interface WsqEncodeOptions {
  /** Base quantizer bin width; coarser subbands get multiples of it. */
  step?: number;
  /** NISTCOM PPI; omitted from the comment when undefined. */
  ppi?: number;
  /** Extra COM segments written before the frame header. */
  comments?: string[];
  /** Subbands (0..59) written with Q = 0, i.e. not coded. */
  uncodedSubbands?: number[];
  /** Leave out the closing EOI marker. */
  omitEoi?: boolean;
  /** Put both Huffman tables into one DHT segment before the first block. */
  combinedHuffmanSegment?: boolean;
}

// Analysis filters of the specification (CDF 9/7, scaled by sqrt 2), from
// the centre tap outwards; rounded exactly as they are stored in the DTT.
const LOWPASS_HALF = [0.852698679, 0.3774028556, -0.1106244044, -0.02384946502, 0.03782845551];
const HIGHPASS_HALF = [0.788485616, -0.4180922732, -0.04068941761, 0.06453888263];

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Node extends Rect {
  invertRows: boolean;
  invertColumns: boolean;
}

function halve(length: number, shortFirst: boolean): [number, number] {
  if (length % 2 === 0) return [length / 2, length / 2];
  return shortFirst ? [(length - 1) / 2, (length + 1) / 2] : [(length + 1) / 2, (length - 1) / 2];
}

/** Transform nodes and subbands, as the specification lays them out. */
export function subbandLayout(width: number, height: number): { nodes: Node[]; subbands: Rect[] } {
  const nodes: Node[] = Array.from({ length: 20 }, () => ({ x: 0, y: 0, width: 0, height: 0, invertRows: false, invertColumns: false }));
  for (const i of [2, 4, 7, 9, 11, 13, 16, 18]) nodes[i]!.invertRows = true;
  for (const i of [3, 5, 8, 9, 12, 13, 17, 18]) nodes[i]!.invertColumns = true;
  const split = (parent: number, child: number, w: number, h: number, x: number, y: number, fourth: boolean) => {
    Object.assign(nodes[parent]!, { x, y, width: w, height: h });
    const [lw, rw] = halve(w, parent === 4);
    const [th, bh] = halve(h, parent === 5);
    Object.assign(nodes[child]!, { x, y, width: lw, height: th });
    Object.assign(nodes[child + 1]!, { x: x + lw, y, width: rw, height: th });
    Object.assign(nodes[child + 2]!, { x, y: y + th, width: lw, height: bh });
    if (fourth) Object.assign(nodes[child + 3]!, { x: x + lw, y: y + th, width: rw, height: bh });
  };
  split(0, 1, width, height, 0, 0, false);
  const n1 = nodes[1]!;
  const lenx = Math.floor((n1.width + 1) / 2);
  const lenx2 = n1.width % 2 === 0 ? lenx : lenx - 1;
  const leny = Math.floor((n1.height + 1) / 2);
  const leny2 = n1.height % 2 === 0 ? leny : leny - 1;
  split(4, 6, lenx2, leny, lenx, 0, true);
  split(5, 10, lenx, leny2, 0, leny, true);
  split(14, 15, lenx, leny, 0, 0, true);
  Object.assign(nodes[19]!, { x: 0, y: 0, width: Math.floor((nodes[15]!.width + 1) / 2), height: Math.floor((nodes[15]!.height + 1) / 2) });

  const bands: Rect[] = Array.from({ length: 64 }, () => ({ x: 0, y: 0, width: 0, height: 0 }));
  const quad = (first: number, w: number, h: number, x: number, y: number) => {
    const [lw, rw] = halve(w, false);
    const [th, bh] = halve(h, false);
    bands[first] = { x, y, width: lw, height: th };
    bands[first + 1] = { x: x + lw, y, width: rw, height: th };
    bands[first + 2] = { x, y: y + th, width: lw, height: bh };
    bands[first + 3] = { x: x + lw, y: y + th, width: rw, height: bh };
  };
  const group16 = (first: number, n: Node, shortFirstX: boolean, shortFirstY: boolean) => {
    const [lw, rw] = halve(n.width, shortFirstX);
    const [th, bh] = halve(n.height, shortFirstY);
    quad(first, lw, th, n.x, n.y);
    const tl0 = bands[first]!;
    const tl1 = bands[first + 1]!;
    const tl2 = bands[first + 2]!;
    const [trl, trr] = halve(rw, true);
    bands[first + 4] = { x: n.x + lw, y: n.y, width: trl, height: tl0.height };
    bands[first + 5] = { x: n.x + lw + trl, y: n.y, width: trr, height: tl0.height };
    bands[first + 6] = { x: n.x + lw, y: tl2.y, width: trl, height: tl2.height };
    bands[first + 7] = { x: n.x + lw + trl, y: tl2.y, width: trr, height: tl2.height };
    const [blt, blb] = halve(bh, true);
    bands[first + 8] = { x: n.x, y: n.y + th, width: tl0.width, height: blt };
    bands[first + 9] = { x: tl1.x, y: n.y + th, width: tl1.width, height: blt };
    bands[first + 10] = { x: n.x, y: n.y + th + blt, width: tl0.width, height: blb };
    bands[first + 11] = { x: tl1.x, y: n.y + th + blt, width: tl1.width, height: blb };
    for (let i = 0; i < 4; i++) {
      const column = bands[first + 4 + (i % 2)]!;
      const row = bands[first + 8 + Math.floor(i / 2) * 2]!;
      bands[first + 12 + i] = { x: column.x, y: row.y, width: column.width, height: row.height };
    }
  };
  group16(3, nodes[14]!, false, false);
  group16(19, nodes[4]!, true, false);
  group16(48, nodes[0]!, false, false);
  group16(35, nodes[5]!, false, true);
  const n19 = nodes[19]!;
  quad(0, n19.width, n19.height, n19.x, n19.y);
  return { nodes, subbands: bands };
}

function reflect(j: number, length: number): number {
  const period = 2 * (length - 1);
  let r = j % period;
  if (r < 0) r += period;
  return r >= length ? period - r : r;
}

// One analysis step along a line of `length` samples read with `stride`:
// lowpass outputs centred on even samples, highpass on odd ones, whole-sample
// symmetric extension; the highpass half goes first when inverted.
function analyseLine(src: Float64Array, start: number, stride: number, length: number, inverted: boolean, out: Float64Array) {
  const lowCount = Math.ceil(length / 2);
  const highCount = Math.floor(length / 2);
  const lowStart = inverted ? highCount : 0;
  const highStart = inverted ? 0 : lowCount;
  const line = new Float64Array(length);
  for (let i = 0; i < length; i++) line[i] = src[start + i * stride]!;
  const tap = (h: number[], j: number) => h[Math.abs(j)]!;
  for (let k = 0; k < lowCount; k++) {
    let sum = 0;
    for (let j = -4; j <= 4; j++) sum += tap(LOWPASS_HALF, j) * line[reflect(2 * k + j, length)]!;
    out[start + (lowStart + k) * stride] = sum;
  }
  for (let k = 0; k < highCount; k++) {
    let sum = 0;
    for (let j = -3; j <= 3; j++) sum += tap(HIGHPASS_HALF, j) * line[reflect(2 * k + 1 + j, length)]!;
    out[start + (highStart + k) * stride] = sum;
  }
}

function forwardTransform(image: Float64Array, width: number, nodes: Node[]) {
  for (const node of nodes) {
    const origin = node.y * width + node.x;
    const scratch = new Float64Array(image);
    for (let r = 0; r < node.height; r++) analyseLine(image, origin + r * width, 1, node.width, node.invertRows, scratch);
    for (let c = 0; c < node.width; c++) analyseLine(scratch, origin + c, width, node.height, node.invertColumns, image);
  }
}

class ByteWriter {
  private bytes: number[] = [];
  u8(v: number) {
    this.bytes.push(v & 0xff);
  }
  u16(v: number) {
    this.u8(v >> 8);
    this.u8(v);
  }
  u32(v: number) {
    this.u16(Math.floor(v / 65536));
    this.u16(v % 65536);
  }
  raw(data: ArrayLike<number>) {
    for (let i = 0; i < data.length; i++) this.bytes.push(data[i]!);
  }
  segment(marker: number, body: ByteWriter) {
    this.u16(marker);
    this.u16(body.length + 2);
    this.raw(body.bytes);
  }
  get length() {
    return this.bytes.length;
  }
  toUint8Array() {
    return Uint8Array.from(this.bytes);
  }
}

/** value ~= integer / 10^scale with the integer below `limit`; returns the stored value. */
function scaledInteger(value: number, limit: number): { scale: number; integer: number; stored: number } {
  let scale = 0;
  const magnitude = Math.abs(value);
  while (scale < 20 && Math.round(magnitude * 10 ** (scale + 1)) < limit) scale++;
  const integer = Math.round(magnitude * 10 ** scale);
  return { scale, integer, stored: Math.sign(value) * (integer / 10 ** scale) };
}

interface Symbol {
  symbol: number;
  extra?: { bits: number; value: number };
}

function runSymbols(run: number, out: Symbol[]) {
  while (run > 0) {
    const part = Math.min(run, 0xffff);
    if (part <= 100) out.push({ symbol: part });
    else if (part <= 0xff) out.push({ symbol: 105, extra: { bits: 8, value: part } });
    else out.push({ symbol: 106, extra: { bits: 16, value: part } });
    run -= part;
  }
}

function valueSymbol(v: number): Symbol {
  if (v >= -73 && v <= 74) return { symbol: v + 180 };
  const magnitude = Math.abs(v);
  if (magnitude <= 0xff) return { symbol: v > 0 ? 101 : 102, extra: { bits: 8, value: magnitude } };
  if (magnitude > 0xffff) throw new Error('coefficient index out of the 16-bit range; use a larger step');
  return { symbol: v > 0 ? 103 : 104, extra: { bits: 16, value: magnitude } };
}

function blockSymbols(indices: number[]): Symbol[] {
  const out: Symbol[] = [];
  let run = 0;
  for (const v of indices) {
    if (v === 0) {
      run++;
      continue;
    }
    runSymbols(run, out);
    run = 0;
    out.push(valueSymbol(v));
  }
  runSymbols(run, out);
  return out;
}

/** Code lengths (1..16) per symbol; a reserved pseudo-symbol keeps the all-ones code unused. */
function codeLengths(frequencies: Map<number, number>): Map<number, number> {
  let freq = new Map(frequencies);
  for (;;) {
    type Tree = { weight: number; symbols: number[] };
    const reserved = 256;
    const nodes: Tree[] = [...freq.entries(), [reserved, 1] as [number, number]].map(([s, w]) => ({ weight: w, symbols: [s] }));
    const depth = new Map<number, number>(nodes.map((n) => [n.symbols[0]!, 0]));
    while (nodes.length > 1) {
      nodes.sort((a, b) => a.weight - b.weight);
      const a = nodes.shift()!;
      const b = nodes.shift()!;
      for (const s of [...a.symbols, ...b.symbols]) depth.set(s, depth.get(s)! + 1);
      nodes.push({ weight: a.weight + b.weight, symbols: [...a.symbols, ...b.symbols] });
    }
    if (Math.max(...depth.values()) <= 16) {
      depth.delete(reserved);
      return depth;
    }
    freq = new Map([...freq.entries()].map(([s, w]) => [s, Math.ceil(w / 2)]));
  }
}

interface HuffmanCode {
  counts: number[];
  values: number[];
  code: Map<number, { bits: number; length: number }>;
}

function buildHuffman(symbols: Symbol[]): HuffmanCode {
  const freq = new Map<number, number>();
  for (const s of symbols) freq.set(s.symbol, (freq.get(s.symbol) ?? 0) + 1);
  if (freq.size === 0) freq.set(1, 1);
  const lengths = codeLengths(freq);
  const ordered = [...lengths.entries()].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const counts = new Array<number>(16).fill(0);
  for (const [, len] of ordered) counts[len - 1]!++;
  const code = new Map<number, { bits: number; length: number }>();
  let next = 0;
  let length = 1;
  for (const [symbol, len] of ordered) {
    while (length < len) {
      next <<= 1;
      length++;
    }
    code.set(symbol, { bits: next, length: len });
    next++;
  }
  return { counts, values: ordered.map(([s]) => s), code };
}

class BitWriter {
  private out: number[] = [];
  private acc = 0;
  private count = 0;
  write(value: number, bits: number) {
    for (let i = bits - 1; i >= 0; i--) {
      this.acc = (this.acc << 1) | ((value >> i) & 1);
      if (++this.count === 8) this.flushByte();
    }
  }
  private flushByte() {
    this.out.push(this.acc);
    if (this.acc === 0xff) this.out.push(0x00); // byte stuffing
    this.acc = 0;
    this.count = 0;
  }
  finish(): number[] {
    if (this.count > 0) this.write(0xff, 8 - this.count); // pad with one-bits
    return this.out;
  }
}

function huffmanBody(id: number, table: HuffmanCode, body: ByteWriter) {
  body.u8(id);
  for (const c of table.counts) body.u8(c);
  body.raw(table.values);
}

/** Encodes 8-bit gray pixels (row-major) as a WSQ file. */
export function encodeWsq(width: number, height: number, pixels: Uint8Array, options: WsqEncodeOptions = {}): Uint8Array {
  const step = options.step ?? 2;
  const { nodes, subbands } = subbandLayout(width, height);
  let sum = 0;
  let low = 255;
  let high = 0;
  for (const p of pixels) {
    sum += p;
    low = Math.min(low, p);
    high = Math.max(high, p);
  }
  const shift = scaledInteger(sum / pixels.length, 0xffff);
  const scale = scaledInteger(Math.max(Math.max(shift.stored - low, high - shift.stored) / 128, 0.01), 0xffff);
  const image = new Float64Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) image[i] = (pixels[i]! - shift.stored) / scale.stored;
  forwardTransform(image, width, nodes);

  const uncoded = new Set(options.uncodedSubbands ?? []);
  const q = new Array<number>(64).fill(0);
  const z = new Array<number>(64).fill(0);
  const center = scaledInteger(0.44, 0xffff).stored;
  for (let k = 0; k < 60; k++) {
    if (uncoded.has(k)) continue;
    // Coarser bins for finer detail, roughly as the bit allocation ends up.
    q[k] = scaledInteger(step * (k < 19 ? 1 : k < 52 ? 2 : 4), 0xffff).stored;
    z[k] = scaledInteger(1.2 * q[k]!, 0xffff).stored;
  }
  const indices: number[][] = [[], [], []];
  for (let k = 0; k < 60; k++) {
    if (q[k] === 0) continue;
    const block = k < 19 ? 0 : k < 52 ? 1 : 2;
    const band = subbands[k]!;
    const halfZero = z[k]! / 2;
    for (let y = 0; y < band.height; y++) {
      for (let x = 0; x < band.width; x++) {
        const a = image[(band.y + y) * width + band.x + x]!;
        let index = 0;
        if (a > halfZero) index = Math.trunc((a - halfZero) / q[k]! + 1);
        else if (a < -halfZero) index = Math.trunc((a + halfZero) / q[k]! - 1);
        indices[block]!.push(index);
      }
    }
  }

  const file = new ByteWriter();
  file.u16(0xffa0);
  const nistcom = ['NIST_COM 5', `PIX_WIDTH ${width}`, `PIX_HEIGHT ${height}`, 'PIX_DEPTH 8'];
  if (options.ppi !== undefined) nistcom.push(`PPI ${options.ppi}`);
  nistcom.push('LOSSY 1', 'COMPRESSION WSQ');
  for (const text of [nistcom.join('\n'), ...(options.comments ?? [])]) {
    const body = new ByteWriter();
    body.raw([...text].map((c) => c.charCodeAt(0) & 0xff));
    file.segment(0xffa8, body);
  }
  const dtt = new ByteWriter();
  dtt.u8(9);
  dtt.u8(7);
  for (const v of [...LOWPASS_HALF, ...HIGHPASS_HALF]) {
    const s = scaledInteger(v, 0xffffffff);
    dtt.u8(v < 0 ? 1 : 0);
    dtt.u8(s.scale);
    dtt.u32(s.integer);
  }
  file.segment(0xffa4, dtt);
  const dqt = new ByteWriter();
  const writeScaled = (v: number) => {
    const s = scaledInteger(v, 0xffff);
    dqt.u8(s.scale);
    dqt.u16(s.integer);
  };
  writeScaled(center);
  for (let k = 0; k < 64; k++) {
    writeScaled(q[k]!);
    writeScaled(z[k]!);
  }
  file.segment(0xffa5, dqt);
  const sof = new ByteWriter();
  sof.u8(0);
  sof.u8(255);
  sof.u16(height);
  sof.u16(width);
  sof.u8(shift.scale);
  sof.u16(shift.integer);
  sof.u8(scale.scale);
  sof.u16(scale.integer);
  sof.u8(0);
  sof.u16(0);
  file.segment(0xffa2, sof);

  const symbols = indices.map(blockSymbols);
  const tables = [buildHuffman(symbols[0]!), buildHuffman([...symbols[1]!, ...symbols[2]!])];
  if (options.combinedHuffmanSegment) {
    const dht = new ByteWriter();
    huffmanBody(0, tables[0]!, dht);
    huffmanBody(1, tables[1]!, dht);
    file.segment(0xffa6, dht);
  }
  for (let block = 0; block < 3; block++) {
    const tableId = block === 0 ? 0 : 1;
    if (!options.combinedHuffmanSegment && block < 2) {
      const dht = new ByteWriter();
      huffmanBody(tableId, tables[tableId]!, dht);
      file.segment(0xffa6, dht);
    }
    const sob = new ByteWriter();
    sob.u8(tableId);
    file.segment(0xffa3, sob);
    const bits = new BitWriter();
    for (const s of symbols[block]!) {
      const c = tables[tableId]!.code.get(s.symbol)!;
      bits.write(c.bits, c.length);
      if (s.extra) bits.write(s.extra.value, s.extra.bits);
    }
    file.raw(bits.finish());
  }
  if (!options.omitEoi) file.u16(0xffa1);
  return file.toUint8Array();
}
