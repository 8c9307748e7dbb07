// RDLT: Ridgeline's own compact template format, version 1 (little-endian).
//
//   offset size  field
//   0      4     magic "RDLT"
//   4      2     format version (1)
//   6      2     header length (32; readers skip unknown header growth)
//   8      4     total length in bytes
//   12     4     CRC-32 of bytes [16, total length)
//   16     2+2   image width, height (pixels)
//   20     4     resolution in 1/100 ppi
//   24     2     minutia count
//   26     2     bytes per minutia (8; readers skip unknown trailing fields)
//   28     4     reserved, 0
//   32     8*n   minutiae: x, y in 1/4 pixel (u16 each), direction in 1/65536
//                turn counter-clockwise (u16), type (u8: 0 other, 1 ending,
//                2 bifurcation), quality 0..100 (u8)
//
// Unlike the interchange formats it keeps sub-pixel positions and fine angles,
// so a template survives storage without changing its comparison score, and a
// checksum so corruption is detected instead of silently mis-matched.
import zlib from 'node:zlib';
import type { Minutia, MinutiaType, Template } from '../../../preload/shared/fingerprint';
import { RidgelineError } from '../../../preload/shared/errors';
import { ascii, ByteReader, ByteWriter } from './bytes';
import { fromSteps, toSteps } from './units';

const FORMAT = 'RDLT template';
export const RDLT_VERSION = 1;
const HEADER_LENGTH = 32;
const MINUTIA_LENGTH = 8;
const CHECKED_FROM = 16;
const COORDINATE_STEPS = 4; // per pixel
const ANGLE_STEPS = 65536;
const MAX_COORDINATE = 0xffff / COORDINATE_STEPS;
const TYPES: readonly MinutiaType[] = ['other', 'ending', 'bifurcation'];

export function isRdlt(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && ascii(bytes.subarray(0, 4)) === 'RDLT';
}

export function writeRdlt(template: Template): Uint8Array {
  const { width, height, ppi, minutiae } = template;
  if (!(Number.isInteger(width) && Number.isInteger(height) && width >= 0 && height >= 0 && width <= 0xffff && height <= 0xffff)) {
    throw new RidgelineError('invalid-argument', `image size ${width}x${height} cannot be stored`);
  }
  const centiPpi = Math.round(ppi * 100);
  if (!(Number.isFinite(ppi) && centiPpi > 0 && centiPpi <= 0xffffffff)) throw new RidgelineError('invalid-argument', `ppi ${ppi} cannot be stored`);
  if (minutiae.length > 0xffff) throw new RidgelineError('unsupported', `${minutiae.length} minutiae exceed the format's 65535`);

  const length = HEADER_LENGTH + MINUTIA_LENGTH * minutiae.length;
  const writer = new ByteWriter(length, true)
    .raw(new Uint8Array([0x52, 0x44, 0x4c, 0x54]))
    .u16(RDLT_VERSION)
    .u16(HEADER_LENGTH)
    .u32(length)
    .u32(0) // checksum, filled below
    .u16(width)
    .u16(height)
    .u32(centiPpi)
    .u16(minutiae.length)
    .u16(MINUTIA_LENGTH)
    .u32(0);
  minutiae.forEach((m, i) => {
    if (!(m.x >= 0 && m.x <= MAX_COORDINATE && m.y >= 0 && m.y <= MAX_COORDINATE)) {
      throw new RidgelineError('unsupported', `minutia ${i} at (${m.x}, ${m.y}) is outside 0..${MAX_COORDINATE}`, { minutia: i });
    }
    if (!Number.isFinite(m.direction)) throw new RidgelineError('invalid-argument', `minutia ${i} has no finite direction`);
    writer
      .u16(Math.round(m.x * COORDINATE_STEPS))
      .u16(Math.round(m.y * COORDINATE_STEPS))
      .u16(toSteps(m.direction, ANGLE_STEPS))
      .u8(TYPES.indexOf(m.type) >= 0 ? TYPES.indexOf(m.type) : 0)
      .u8(Math.max(0, Math.min(100, Math.round(m.quality) || 0)));
  });
  const bytes = writer.finish();
  new DataView(bytes.buffer).setUint32(12, zlib.crc32(bytes.subarray(CHECKED_FROM)), true);
  return bytes;
}

export function readRdlt(bytes: Uint8Array): Template {
  const reader = new ByteReader(bytes, FORMAT, true);
  if (ascii(reader.bytesOf(4, 'magic')) !== 'RDLT') throw new RidgelineError('bad-file', `${FORMAT}: wrong magic`);
  const version = reader.u16('version');
  if (version !== RDLT_VERSION) {
    throw new RidgelineError('unsupported', `${FORMAT}: version ${version} is not supported (this build reads ${RDLT_VERSION})`, { version });
  }
  const headerLength = reader.u16('header length');
  const length = reader.u32('total length');
  const checksum = reader.u32('checksum');
  if (headerLength < HEADER_LENGTH) throw new RidgelineError('bad-file', `${FORMAT}: header length ${headerLength} is too short`);
  if (length !== bytes.length) {
    throw new RidgelineError('bad-file', `${FORMAT}: declares ${length} bytes but ${bytes.length} are present`, { declared: length, actual: bytes.length });
  }
  if (zlib.crc32(bytes.subarray(CHECKED_FROM)) !== checksum) throw new RidgelineError('bad-file', `${FORMAT}: checksum mismatch (corrupted)`);

  const width = reader.u16('width');
  const height = reader.u16('height');
  const centiPpi = reader.u32('resolution');
  const count = reader.u16('minutia count');
  const minutiaLength = reader.u16('minutia record length');
  reader.skip(headerLength - 28, 'header');
  if (centiPpi === 0) throw new RidgelineError('bad-file', `${FORMAT}: resolution is zero`);
  if (minutiaLength < MINUTIA_LENGTH) throw new RidgelineError('bad-file', `${FORMAT}: minutia records of ${minutiaLength} bytes are too short`);
  if (headerLength + count * minutiaLength !== length) {
    throw new RidgelineError('bad-file', `${FORMAT}: ${count} minutiae do not fill ${length} bytes`);
  }
  const minutiae: Minutia[] = [];
  for (let i = 0; i < count; i++) {
    const x = reader.u16('minutia x') / COORDINATE_STEPS;
    const y = reader.u16('minutia y') / COORDINATE_STEPS;
    const direction = fromSteps(reader.u16('minutia direction'), ANGLE_STEPS);
    const type = TYPES[reader.u8('minutia type')];
    const quality = reader.u8('minutia quality');
    reader.skip(minutiaLength - MINUTIA_LENGTH, 'minutia extension');
    if (!type) throw new RidgelineError('bad-file', `${FORMAT}: minutia ${i} has an unknown type`, { minutia: i });
    if (quality > 100) throw new RidgelineError('bad-file', `${FORMAT}: minutia ${i} has quality ${quality} > 100`, { minutia: i });
    minutiae.push({ x, y, direction, type, quality });
  }
  return { width, height, ppi: centiPpi / 100, minutiae };
}
