// Baseline TIFF decoding to gray: uncompressed strips, either byte order,
// 8- or 16-bit samples, BlackIsZero / WhiteIsZero gray, RGB (chunky) and
// palette images; the first image (IFD) only. Compressed or tiled TIFFs are
// refused as unsupported, naming the compression.
import { checkDimensions, corrupt, unsupported } from './failures';
import { luma } from './gray';
import type { CodecResult } from './types';

const COMPRESSION_NAMES: Record<number, string> = {
  2: 'CCITT modified Huffman',
  3: 'CCITT Group 3',
  4: 'CCITT Group 4',
  5: 'LZW',
  6: 'old-style JPEG',
  7: 'JPEG',
  8: 'Deflate',
  32773: 'PackBits',
  32946: 'Deflate',
  34712: 'JPEG 2000',
};
const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 };

export function isTiff(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 42 && bytes[3] === 0) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && bytes[3] === 42));
}

class TiffReader {
  readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    readonly little: boolean,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  check(offset: number, length: number): void {
    if (offset < 0 || length < 0 || offset + length > this.bytes.length) throw corrupt('tiff', 'offset points outside the file', { offset });
  }
  u16(o: number): number {
    this.check(o, 2);
    return this.view.getUint16(o, this.little);
  }
  u32(o: number): number {
    this.check(o, 4);
    return this.view.getUint32(o, this.little);
  }
}

type Tags = Map<number, number[]>;

// Only the tags the decoder uses are read, each with a bound on its count: a
// small file can declare 65535 tags of ~n values each, all pointing at the
// same bytes (a "tag bomb"), which read naively is billions of numbers.
// Strip offsets and counts are bounded by the file itself (r.check).
const MAX_VALUES: ReadonlyMap<number, number> = new Map([
  [256, 1], // ImageWidth
  [257, 1], // ImageLength
  [258, 4], // BitsPerSample
  [259, 1], // Compression
  [262, 1], // PhotometricInterpretation
  [273, Infinity], // StripOffsets
  [277, 1], // SamplesPerPixel
  [278, 1], // RowsPerStrip
  [279, Infinity], // StripByteCounts
  [282, 1], // XResolution
  [284, 1], // PlanarConfiguration
  [296, 1], // ResolutionUnit
  [320, 3 * 65536], // ColorMap
  [322, 1], // TileWidth
]);

function readTags(r: TiffReader, ifd: number): Tags {
  const count = r.u16(ifd);
  r.check(ifd + 2, count * 12);
  const tags: Tags = new Map();
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    const tag = r.u16(entry);
    const type = r.u16(entry + 2);
    const n = r.u32(entry + 4);
    const size = TYPE_SIZES[type];
    const limit = MAX_VALUES.get(tag);
    // Unknown field types are skipped, as TIFF 6.0 asks; so are tags we do not use.
    if (size === undefined || limit === undefined) continue;
    // A repeated tag is corrupt; taking either silently could hide the image's real layout.
    if (tags.has(tag)) throw corrupt('tiff', `tag ${tag} appears twice`);
    if (n === 0) throw corrupt('tiff', `tag ${tag} has no values`);
    if (n > limit || n > r.bytes.length) throw corrupt('tiff', `tag ${tag} declares ${n} values`);
    const inline = size * n <= 4;
    const at = inline ? entry + 8 : r.u32(entry + 8);
    r.check(at, size * n);
    const values: number[] = [];
    for (let k = 0; k < n; k++) {
      const o = at + k * size;
      if (type === 3 || type === 8) values.push(r.u16(o));
      else if (type === 4 || type === 9) values.push(r.u32(o));
      else if (type === 5 || type === 10) {
        const den = r.u32(o + 4);
        values.push(den === 0 ? 0 : r.u32(o) / den);
      } else if (type === 1 || type === 2 || type === 6 || type === 7) values.push(r.bytes[o]!);
      else values.push(0);
    }
    tags.set(tag, values);
  }
  return tags;
}

function first(tags: Tags, tag: number, fallback?: number): number {
  const v = tags.get(tag)?.[0] ?? fallback;
  if (v === undefined) throw corrupt('tiff', `required tag ${tag} is missing`);
  return v;
}

export function decodeTiff(bytes: Uint8Array): CodecResult {
  if (!isTiff(bytes)) throw corrupt('tiff', 'missing TIFF header');
  const r = new TiffReader(bytes, bytes[0] === 0x49);
  const tags = readTags(r, r.u32(4));
  const width = first(tags, 256);
  const height = first(tags, 257);
  checkDimensions('tiff', width, height);
  const compression = first(tags, 259, 1);
  if (compression !== 1) {
    throw unsupported('tiff', `${COMPRESSION_NAMES[compression] ?? `compression ${compression}`} compressed TIFF is not supported`);
  }
  if (tags.has(322)) throw unsupported('tiff', 'tiled TIFF is not supported');
  const samples = first(tags, 277, 1);
  const bits = tags.get(258) ?? [1];
  const depth = bits[0]!;
  if (bits.some((b) => b !== depth) || (depth !== 8 && depth !== 16)) throw unsupported('tiff', `${bits.join('/')}-bit samples are not supported`);
  const photometric = first(tags, 262, 1);
  if (![0, 1, 2, 3].includes(photometric)) throw unsupported('tiff', `photometric interpretation ${photometric} is not supported`);
  if (samples > 1 && first(tags, 284, 1) !== 1) throw unsupported('tiff', 'planar (separate) sample layout is not supported');
  if (samples < 1 || samples > 4 || (photometric === 2 && samples < 3)) throw corrupt('tiff', `${samples} samples per pixel do not fit photometric ${photometric}`);

  const bytesPerSample = depth / 8;
  const rowBytes = width * samples * bytesPerSample;
  const data = readStrips(r, tags, rowBytes * height);
  const colorMap = photometric === 3 ? tags.get(320) : undefined;
  if (photometric === 3 && (!colorMap || colorMap.length < 3 * (1 << depth))) throw corrupt('tiff', 'palette image without a complete ColorMap');

  const sample = (i: number): number => (depth === 8 ? data[i]! : data[i * 2 + (r.little ? 1 : 0)]!); // high byte of 16-bit
  const pixels = new Uint8Array(width * height);
  for (let p = 0; p < width * height; p++) {
    const s = p * samples;
    if (photometric === 2) pixels[p] = luma(sample(s), sample(s + 1), sample(s + 2));
    else if (photometric === 3) {
      const index = depth === 8 ? data[s]! : r.view.getUint16(s * 2, r.little);
      const n = 1 << depth;
      pixels[p] = luma(colorMap![index]! >> 8, colorMap![n + index]! >> 8, colorMap![2 * n + index]! >> 8);
    } else pixels[p] = photometric === 0 ? 255 - sample(s) : sample(s);
  }
  const ppi = resolution(tags);
  return ppi === undefined ? { width, height, pixels } : { width, height, pixels, ppi };
}

// Strips are concatenated in order; a last strip may be short by the rows the
// image does not have, but no strip may point outside the file.
function readStrips(r: TiffReader, tags: Tags, expected: number): Uint8Array {
  const offsets = tags.get(273);
  if (!offsets || offsets.length === 0) throw corrupt('tiff', 'no StripOffsets');
  const counts = tags.get(279);
  // Uncompressed data must all be in the file: check before allocating for it.
  if (expected > r.bytes.length) throw corrupt('tiff', `image data is truncated (needs ${expected} bytes, the file has ${r.bytes.length})`);
  const out = new Uint8Array(expected);
  let filled = 0;
  for (let i = 0; i < offsets.length && filled < expected; i++) {
    const length = Math.min(counts?.[i] ?? expected - filled, expected - filled);
    r.check(offsets[i]!, length);
    out.set(r.bytes.subarray(offsets[i]!, offsets[i]! + length), filled);
    filled += length;
  }
  if (filled < expected) throw corrupt('tiff', `image data is truncated (${filled} of ${expected} bytes)`);
  return out;
}

function resolution(tags: Tags): number | undefined {
  const x = tags.get(282)?.[0];
  if (x === undefined || !(x > 0)) return undefined;
  const unit = first(tags, 296, 2);
  if (unit === 2) return Math.round(x);
  if (unit === 3) return Math.round(x * 2.54);
  return undefined; // unit 1: no absolute unit
}
