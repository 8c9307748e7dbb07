// PNG decoding to gray: gray, gray+alpha, RGB, RGBA and palette images at
// every bit depth PNG allows (16-bit samples keep their high byte). Adam7
// interlacing is refused as unsupported: scanners do not write it.
import zlib from 'node:zlib';

import { checkDimensions, corrupt, ppiFromPerMetre, unsupported } from './failures';
import { luma } from './gray';
import type { CodecResult } from './types';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

export function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

interface Header {
  width: number;
  height: number;
  depth: number;
  colorType: number;
  interlace: number;
}

export function decodePng(bytes: Uint8Array): CodecResult {
  if (!isPng(bytes)) throw corrupt('png', 'missing PNG signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let header: Header | undefined;
  let palette: Uint8Array | undefined;
  let ppi: number | undefined;
  const data: Uint8Array[] = [];
  let pos = 8;
  let ended = false;
  while (!ended) {
    if (pos + 12 > bytes.length) throw corrupt('png', 'truncated before IEND', { offset: pos });
    const length = view.getUint32(pos);
    const type = String.fromCharCode(...bytes.subarray(pos + 4, pos + 8));
    if (length > bytes.length - pos - 12) throw corrupt('png', `chunk ${type} runs past the end of the file`, { offset: pos });
    const body = bytes.subarray(pos + 8, pos + 8 + length);
    if (zlib.crc32(bytes.subarray(pos + 4, pos + 8 + length)) !== view.getUint32(pos + 8 + length)) {
      throw corrupt('png', `chunk ${type} fails its CRC`, { offset: pos });
    }
    if (type === 'IHDR') header = readHeader(body);
    else if (type === 'PLTE') palette = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'pHYs' && body.length >= 9 && body[8] === 1) {
      const x = new DataView(body.buffer, body.byteOffset, 9).getUint32(0);
      ppi = ppiFromPerMetre(x);
    } else if (type === 'IEND') ended = true;
    else if ((bytes[pos + 4]! & 0x20) === 0 && !['IHDR', 'PLTE', 'IDAT', 'IEND'].includes(type)) {
      throw unsupported('png', `critical chunk ${type} is not supported`);
    }
    pos += 12 + length;
  }
  if (!header) throw corrupt('png', 'no IHDR chunk');
  if (header.colorType === 3 && !palette) throw corrupt('png', 'palette image without PLTE');
  const raw = inflate(data, header);
  const pixels = toGray(unfilter(raw, header), header, palette);
  return ppi === undefined ? { width: header.width, height: header.height, pixels } : { width: header.width, height: header.height, pixels, ppi };
}

function readHeader(body: Uint8Array): Header {
  if (body.length < 13) throw corrupt('png', 'IHDR too short');
  const v = new DataView(body.buffer, body.byteOffset, 13);
  const header = { width: v.getUint32(0), height: v.getUint32(4), depth: body[8]!, colorType: body[9]!, interlace: body[12]! };
  checkDimensions('png', header.width, header.height);
  if (!DEPTHS[header.colorType]?.includes(header.depth)) {
    throw corrupt('png', `invalid colour type ${header.colorType} with bit depth ${header.depth}`);
  }
  if (body[10] !== 0 || body[11] !== 0) throw unsupported('png', 'unknown compression or filter method');
  if (header.interlace !== 0) throw unsupported('png', 'interlaced (Adam7) PNG is not supported');
  return header;
}

function bitsPerPixel(h: Header): number {
  return CHANNELS[h.colorType]! * h.depth;
}

function inflate(chunks: Uint8Array[], h: Header): Uint8Array {
  const expected = h.height * (1 + Math.ceil((h.width * bitsPerPixel(h)) / 8));
  let raw: Buffer;
  try {
    // Bounded: a small IDAT cannot inflate into more than the image needs.
    raw = zlib.inflateSync(Buffer.concat(chunks), { maxOutputLength: expected + 1 });
  } catch (error) {
    throw corrupt('png', `image data does not inflate: ${(error as Error).message}`);
  }
  if (raw.length < expected) throw corrupt('png', 'image data is truncated');
  return raw;
}

function unfilter(raw: Uint8Array, h: Header): Uint8Array {
  const stride = Math.ceil((h.width * bitsPerPixel(h)) / 8);
  const bpp = Math.max(1, bitsPerPixel(h) / 8);
  const out = new Uint8Array(stride * h.height);
  for (let y = 0; y < h.height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[row - stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp]! : 0;
      let v = line[x]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw corrupt('png', `invalid filter type ${filter} on row ${y}`);
      out[row + x] = v & 0xff;
    }
  }
  return out;
}

function toGray(data: Uint8Array, h: Header, palette: Uint8Array | undefined): Uint8Array {
  const { width, height, depth, colorType } = h;
  const channels = CHANNELS[colorType]!;
  const stride = Math.ceil((width * channels * depth) / 8);
  const gray = new Uint8Array(width * height);
  // Sample s of row y at 8-bit precision (16-bit keeps the high byte, low depths scale up).
  const sample = (y: number, s: number): number => {
    if (depth === 8) return data[y * stride + s]!;
    if (depth === 16) return data[y * stride + s * 2]!;
    const bit = s * depth;
    const v = (data[y * stride + (bit >> 3)]! >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
    return colorType === 3 ? v : Math.round((v * 255) / ((1 << depth) - 1));
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const s = x * channels;
      let v: number;
      if (colorType === 3) {
        const index = sample(y, s);
        if (index * 3 + 2 >= palette!.length) throw corrupt('png', `palette index ${index} out of range`);
        v = luma(palette![index * 3]!, palette![index * 3 + 1]!, palette![index * 3 + 2]!);
      } else if (channels >= 3) v = luma(sample(y, s), sample(y, s + 1), sample(y, s + 2));
      else v = sample(y, s);
      gray[y * width + x] = v;
    }
  }
  return gray;
}
