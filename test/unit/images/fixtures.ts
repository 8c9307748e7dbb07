// Builders for small synthetic image files in the layouts the codecs must
// read. They are written from the format specifications, independently of the
// decoders (PNG CRCs come from node:zlib, not from our crc32).
import zlib from 'node:zlib';

export function gradient(width: number, height: number): Uint8Array {
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = (x * 13 + y * 7 + ((x * y) % 17)) & 0xff;
  return pixels;
}

function u32be(v: number): number[] {
  return [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
}

export function pngChunk(type: string, body: Uint8Array): Uint8Array {
  const typed = Uint8Array.from([...type].map((c) => c.charCodeAt(0)));
  const crcInput = new Uint8Array([...typed, ...body]);
  return Uint8Array.from([...u32be(body.length), ...crcInput, ...u32be(zlib.crc32(crcInput))]);
}

export interface PngSpec {
  width: number;
  height: number;
  depth: number;
  colorType: number;
  /** Unfiltered scanlines (without filter bytes). */
  rows: Uint8Array[];
  palette?: number[];
  ppi?: number;
  interlace?: number;
  filter?: number;
}

export function buildPng(spec: PngSpec): Uint8Array {
  const header = Uint8Array.from([...u32be(spec.width), ...u32be(spec.height), spec.depth, spec.colorType, 0, 0, spec.interlace ?? 0]);
  // Filter "Sub" (1) when asked, else none; enough to exercise unfiltering.
  const bpp = Math.max(1, ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[spec.colorType] ?? 1) * spec.depth / 8);
  const raw = spec.rows.flatMap((row) => {
    if (spec.filter !== 1) return [0, ...row];
    return [1, ...row.map((v, i) => (v - (i >= bpp ? row[i - bpp]! : 0)) & 0xff)];
  });
  const parts = [Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), pngChunk('IHDR', header)];
  if (spec.palette) parts.push(pngChunk('PLTE', Uint8Array.from(spec.palette)));
  if (spec.ppi) {
    const perMetre = Math.round(spec.ppi / 0.0254);
    parts.push(pngChunk('pHYs', Uint8Array.from([...u32be(perMetre), ...u32be(perMetre), 1])));
  }
  parts.push(pngChunk('IDAT', zlib.deflateSync(Uint8Array.from(raw))), pngChunk('IEND', new Uint8Array(0)));
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

export interface TiffSpec {
  width: number;
  height: number;
  little: boolean;
  samples: number;
  depth: 8 | 16;
  photometric: number;
  /** Interleaved sample bytes as stored. */
  data: Uint8Array;
  rowsPerStrip: number;
  compression?: number;
  ppi?: number;
}

export function buildTiff(spec: TiffSpec): Uint8Array {
  const out: number[] = [];
  const u16 = (v: number) => (spec.little ? [v & 0xff, v >> 8] : [v >> 8, v & 0xff]);
  const u32 = (v: number) => (spec.little ? [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24] : u32be(v));
  const rowBytes = spec.width * spec.samples * (spec.depth / 8);
  const strips: Array<[number, number]> = [];
  out.push(...(spec.little ? [0x49, 0x49, 42, 0] : [0x4d, 0x4d, 0, 42]), 0, 0, 0, 0);
  for (let y = 0; y < spec.height; y += spec.rowsPerStrip) {
    const length = Math.min(spec.rowsPerStrip, spec.height - y) * rowBytes;
    strips.push([out.length, length]);
    out.push(...spec.data.subarray(y * rowBytes, y * rowBytes + length));
  }
  const bitsAt = out.length;
  for (let i = 0; i < spec.samples; i++) out.push(...u16(spec.depth));
  const offsetsAt = out.length;
  for (const [o] of strips) out.push(...u32(o));
  const countsAt = out.length;
  for (const [, n] of strips) out.push(...u32(n));
  const resAt = out.length;
  out.push(...u32(spec.ppi ?? 72), ...u32(1));
  if (out.length % 2) out.push(0);
  const ifd = out.length;
  const entries: Array<[number, number, number, number[]]> = [
    [256, 4, 1, u32(spec.width)],
    [257, 4, 1, u32(spec.height)],
    [258, 3, spec.samples, spec.samples <= 2 ? [...u16(spec.depth), ...(spec.samples === 2 ? u16(spec.depth) : [0, 0])] : u32(bitsAt)],
    [259, 3, 1, [...u16(spec.compression ?? 1), 0, 0]],
    [262, 3, 1, [...u16(spec.photometric), 0, 0]],
    [273, 4, strips.length, strips.length === 1 ? u32(strips[0]![0]) : u32(offsetsAt)],
    [277, 3, 1, [...u16(spec.samples), 0, 0]],
    [278, 4, 1, u32(spec.rowsPerStrip)],
    [279, 4, strips.length, strips.length === 1 ? u32(strips[0]![1]) : u32(countsAt)],
  ];
  if (spec.ppi) entries.push([282, 5, 1, u32(resAt)], [296, 3, 1, [...u16(2), 0, 0]]);
  entries.sort((a, b) => a[0] - b[0]);
  out.push(...u16(entries.length));
  for (const [tag, type, count, value] of entries) out.push(...u16(tag), ...u16(type), ...u32(count), ...value);
  out.push(0, 0, 0, 0);
  const bytes = Uint8Array.from(out);
  bytes.set(u32(ifd), 4);
  return bytes;
}

export interface BmpSpec {
  width: number;
  height: number;
  bpp: 8 | 24 | 32;
  topDown?: boolean;
  /** 8-bit: palette indices; 24/32: BGR(A) samples; row-major, top row first. */
  data: Uint8Array;
  palette?: number[]; // BGRA quads
  ppi?: number;
}

export function buildBmp(spec: BmpSpec): Uint8Array {
  const stride = Math.ceil((spec.width * spec.bpp) / 32) * 4;
  const paletteBytes = spec.palette?.length ?? 0;
  const offset = 14 + 40 + paletteBytes;
  const size = offset + stride * spec.height;
  const bytes = new Uint8Array(size);
  const v = new DataView(bytes.buffer);
  bytes[0] = 0x42;
  bytes[1] = 0x4d;
  v.setUint32(2, size, true);
  v.setUint32(10, offset, true);
  v.setUint32(14, 40, true);
  v.setInt32(18, spec.width, true);
  v.setInt32(22, spec.topDown ? -spec.height : spec.height, true);
  v.setUint16(26, 1, true);
  v.setUint16(28, spec.bpp, true);
  const perMetre = spec.ppi ? Math.round(spec.ppi / 0.0254) : 0;
  v.setInt32(38, perMetre, true);
  v.setInt32(42, perMetre, true);
  v.setUint32(46, spec.palette ? spec.palette.length / 4 : 0, true);
  if (spec.palette) bytes.set(spec.palette, 54);
  const rowBytes = (spec.width * spec.bpp) / 8;
  for (let y = 0; y < spec.height; y++) {
    const target = offset + (spec.topDown ? y : spec.height - 1 - y) * stride;
    bytes.set(spec.data.subarray(y * rowBytes, (y + 1) * rowBytes), target);
  }
  return bytes;
}
