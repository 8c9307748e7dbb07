// Raw 8-bit gray pixels (row-major) whose dimensions come from elsewhere,
// e.g. an uncompressed ANSI/NIST image record.
import { checkDimensions, corrupt } from './failures';
import type { CodecResult } from './types';

export function decodeRaw(bytes: Uint8Array, width: number, height: number): CodecResult {
  checkDimensions('raw', width, height);
  if (bytes.length < width * height) throw corrupt('raw', `${bytes.length} bytes hold fewer than ${width}x${height} pixels`);
  return { width, height, pixels: bytes.slice(0, width * height) };
}
