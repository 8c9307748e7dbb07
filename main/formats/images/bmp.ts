// BMP decoding to gray: 8-bit palette, 24-bit and 32-bit uncompressed
// (BI_RGB, or BI_BITFIELDS with the standard masks), bottom-up or top-down.
import { checkDimensions, corrupt, ppiFromPerMetre, unsupported } from './failures';
import { luma } from './gray';
import type { CodecResult } from './types';

export function isBmp(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x42 && bytes[1] === 0x4d;
}

export function decodeBmp(bytes: Uint8Array): CodecResult {
  if (!isBmp(bytes) || bytes.length < 26) throw corrupt('bmp', 'missing BMP header');
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dataOffset = v.getUint32(10, true);
  const headerSize = v.getUint32(14, true);
  if (headerSize < 40) throw unsupported('bmp', `OS/2 bitmap header (${headerSize} bytes) is not supported`);
  if (14 + headerSize > bytes.length) throw corrupt('bmp', 'truncated header');
  const width = v.getInt32(18, true);
  const rawHeight = v.getInt32(22, true);
  const topDown = rawHeight < 0;
  const height = Math.abs(rawHeight);
  checkDimensions('bmp', width, height);
  const bpp = v.getUint16(28, true);
  const compression = v.getUint32(30, true);
  if (!(compression === 0 || (compression === 3 && bpp === 32))) throw unsupported('bmp', `compression ${compression} is not supported`);
  if (![8, 24, 32].includes(bpp)) throw unsupported('bmp', `${bpp}-bit BMP is not supported`);
  const ppi = ppiFromPerMetre(v.getInt32(38, true));

  let palette: Uint8Array | undefined;
  if (bpp === 8) {
    const used = v.getUint32(46, true) || 256;
    if (used > 256) throw corrupt('bmp', `palette of ${used} colours`);
    const start = 14 + headerSize;
    if (start + used * 4 > bytes.length) throw corrupt('bmp', 'truncated palette');
    palette = new Uint8Array(256);
    for (let i = 0; i < used; i++) palette[i] = luma(bytes[start + i * 4 + 2]!, bytes[start + i * 4 + 1]!, bytes[start + i * 4]!);
  }
  const stride = Math.ceil((width * bpp) / 32) * 4; // rows are padded to 4 bytes
  if (dataOffset + stride * (height - 1) + Math.ceil((width * bpp) / 8) > bytes.length) {
    throw corrupt('bmp', 'pixel data is truncated');
  }
  const pixels = new Uint8Array(width * height);
  const step = bpp / 8;
  for (let y = 0; y < height; y++) {
    const row = dataOffset + (topDown ? y : height - 1 - y) * stride;
    for (let x = 0; x < width; x++) {
      const o = row + x * step;
      pixels[y * width + x] = palette ? palette[bytes[o]!]! : luma(bytes[o + 2]!, bytes[o + 1]!, bytes[o]!);
    }
  }
  return ppi === undefined ? { width, height, pixels } : { width, height, pixels, ppi };
}
