// Baseline (and progressive) JPEG decoding to gray via jpeg-js. Lossless
// and arithmetic-coded JPEG are refused as unsupported; the JFIF density
// gives the resolution.
import { decode } from 'jpeg-js';

import { checkDimensions, corrupt, unsupported } from './failures';
import { grayFromInterleaved } from './gray';
import { MAX_PIXELS, type CodecResult } from './types';

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

interface Scan {
  frame?: number;
  ppi?: number;
}

// Walks the marker segments up to the first scan: the frame type (SOFn) and
// the JFIF APP0 density.
function scanHeaders(bytes: Uint8Array): Scan {
  const found: Scan = {};
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) throw corrupt('jpeg', 'marker expected', { offset: pos });
    const marker = bytes[pos + 1]!;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    const length = (bytes[pos + 2]! << 8) | bytes[pos + 3]!;
    if (length < 2 || pos + 2 + length > bytes.length) throw corrupt('jpeg', 'segment runs past the end of the file', { offset: pos });
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) found.frame = marker;
    if (marker === 0xe0 && length >= 14 && String.fromCharCode(...bytes.subarray(pos + 4, pos + 9)) === 'JFIF\0') {
      const units = bytes[pos + 11]!;
      const density = (bytes[pos + 12]! << 8) | bytes[pos + 13]!;
      if (density > 0 && units === 1) found.ppi = density;
      if (density > 0 && units === 2) found.ppi = Math.round(density * 2.54);
    }
    if (marker === 0xda) break;
    pos += 2 + length;
  }
  return found;
}

export function decodeJpeg(bytes: Uint8Array): CodecResult {
  if (!isJpeg(bytes)) throw corrupt('jpeg', 'missing SOI marker');
  const { frame, ppi } = scanHeaders(bytes);
  if (frame === undefined) throw corrupt('jpeg', 'no frame header');
  if (frame === 0xc3 || frame === 0xc7 || frame === 0xcb || frame === 0xcf) throw unsupported('jpeg', 'lossless JPEG is not supported');
  if (frame >= 0xc9) throw unsupported('jpeg', 'arithmetic-coded JPEG is not supported');
  if (frame === 0xc5 || frame === 0xc6) throw unsupported('jpeg', 'hierarchical JPEG is not supported');
  let decoded;
  try {
    decoded = decode(bytes, {
      useTArray: true,
      formatAsRGBA: false,
      tolerantDecoding: false,
      maxResolutionInMP: MAX_PIXELS / 1e6,
      maxMemoryUsageInMB: 1024,
    });
  } catch (error) {
    throw corrupt('jpeg', (error as Error).message);
  }
  checkDimensions('jpeg', decoded.width, decoded.height);
  const pixels = grayFromInterleaved(decoded.data, decoded.width * decoded.height, 3);
  return ppi === undefined ? { width: decoded.width, height: decoded.height, pixels } : { width: decoded.width, height: decoded.height, pixels, ppi };
}
