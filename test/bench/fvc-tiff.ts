// Minimal reader for the FVC images only: baseline TIFF, 8-bit gray,
// uncompressed, strips. Used by the benchmark until main/formats/images
// (the product's decoder for TIFF/PNG/BMP/JPEG/raw) is available to it.
import { RidgelineError } from '../../main/core/errors';
import type { GrayImage } from '../../native-matcher';

const WIDTH = 256;
const HEIGHT = 257;
const BITS = 258;
const COMPRESSION = 259;
const PHOTOMETRIC = 262;
const STRIP_OFFSETS = 273;
const SAMPLES = 277;
const STRIP_COUNTS = 279;

export function readFvcTiff(bytes: Uint8Array, ppi: number): GrayImage {
  const bad = (why: string) => new RidgelineError('bad-file', `TIFF: ${why}`);
  if (bytes.length < 8) throw bad('too short');
  const order = String.fromCharCode(bytes[0]!, bytes[1]!);
  if (order !== 'II' && order !== 'MM') throw bad('no byte-order mark');
  const little = order === 'II';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  if (u16(2) !== 42) throw bad('not a classic TIFF');
  const ifd = u32(4);
  if (ifd + 2 > bytes.length) throw bad('first directory outside the file');
  const tags = new Map<number, number[]>();
  const count = u16(ifd);
  if (ifd + 2 + count * 12 > bytes.length) throw bad('truncated directory');
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    const type = u16(entry + 2);
    const n = u32(entry + 4);
    const size = type === 3 ? 2 : type === 4 ? 4 : 0;
    if (size === 0) continue; // only SHORT and LONG tags matter here
    const at = n * size <= 4 ? entry + 8 : u32(entry + 8);
    if (at + n * size > bytes.length) throw bad('tag values outside the file');
    tags.set(u16(entry), Array.from({ length: n }, (_, k) => (size === 2 ? u16(at + 2 * k) : u32(at + 4 * k))));
  }
  const one = (tag: number, fallback?: number) => tags.get(tag)?.[0] ?? fallback;
  const width = one(WIDTH);
  const height = one(HEIGHT);
  if (!width || !height) throw bad('no image size');
  if (one(BITS, 1) !== 8 || one(SAMPLES, 1) !== 1 || one(COMPRESSION, 1) !== 1) throw new RidgelineError('unsupported', 'TIFF: only 8-bit gray uncompressed');
  const offsets = tags.get(STRIP_OFFSETS) ?? [];
  const counts = tags.get(STRIP_COUNTS) ?? [];
  const pixels = new Uint8Array(width * height);
  let filled = 0;
  offsets.forEach((offset, i) => {
    const length = Math.min(counts[i] ?? 0, pixels.length - filled);
    if (offset + length > bytes.length) throw bad('strip outside the file');
    pixels.set(bytes.subarray(offset, offset + length), filled);
    filled += length;
  });
  if (filled !== pixels.length) throw bad('strips hold fewer pixels than the image size');
  if (one(PHOTOMETRIC, 1) === 0) for (let i = 0; i < pixels.length; i++) pixels[i] = 255 - pixels[i]!; // WhiteIsZero
  return { width, height, pixels, ppi };
}
