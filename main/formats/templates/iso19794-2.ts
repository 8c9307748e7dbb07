// ISO/IEC 19794-2:2005 finger minutiae record format (record version " 20").
// Header (24 bytes, big-endian): "FMR\0", " 20\0", record length (4),
// equipment (2), width (2), height (2), x/y resolution in px/cm (2+2),
// view count (1), reserved (1); then the finger views. Angles: 360/256 degrees.
import { RidgelineError } from '../../../preload/shared/errors';
import { ascii, ByteReader, ByteWriter } from './bytes';
import { checkWritable, fingerViewLength, readFingerViews, writeFingerView, type AngleUnit } from './finger-view';
import type { FingerMinutiaeRecord } from './record';

const FORMAT = 'ISO/IEC 19794-2:2005';
const HEADER_LENGTH = 24;
export const ISO_ANGLE: AngleUnit = { steps: 256 };

export function readIso19794_2(bytes: Uint8Array): FingerMinutiaeRecord {
  const head = new ByteReader(bytes, FORMAT);
  checkIdentifier(head, FORMAT);
  const length = head.u32('record length');
  if (length < HEADER_LENGTH) throw new RidgelineError('bad-file', `${FORMAT}: record length ${length} is shorter than the header`);
  if (length > bytes.length) {
    throw new RidgelineError('bad-file', `${FORMAT}: truncated (record length ${length}, ${bytes.length} bytes present)`);
  }
  // Parse within the declared length; bytes after it (zero padding in some
  // exports) are not part of the record.
  const reader = new ByteReader(bytes.subarray(0, length), FORMAT);
  reader.skip(12, 'record header');
  const equipment = reader.u16('capture equipment');
  const record: FingerMinutiaeRecord = {
    standard: 'iso19794-2:2005',
    width: reader.u16('image width'),
    height: reader.u16('image height'),
    xResolution: reader.u16('x resolution'),
    yResolution: reader.u16('y resolution'),
    equipmentCompliance: equipment >> 12,
    equipmentId: equipment & 0x0fff,
    productOwner: 0,
    productType: 0,
    views: [],
    warnings: [],
  };
  record.views = readFingerViews(reader, ISO_ANGLE, FORMAT, record.warnings);
  return record;
}

export function writeIso19794_2(record: FingerMinutiaeRecord): Uint8Array {
  for (const view of record.views) checkWritable(view, FORMAT);
  if (record.views.length > 255) throw new RidgelineError('unsupported', `${FORMAT} holds at most 255 views`);
  const length = HEADER_LENGTH + record.views.reduce((sum, view) => sum + fingerViewLength(view), 0);
  const writer = new ByteWriter(length)
    .raw(FMR_IDENTIFIER)
    .raw(VERSION_20)
    .u32(length)
    .u16(((record.equipmentCompliance & 0x0f) << 12) | (record.equipmentId & 0x0fff))
    .u16(record.width)
    .u16(record.height)
    .u16(record.xResolution)
    .u16(record.yResolution)
    .u8(record.views.length)
    .u8(0);
  for (const view of record.views) writeFingerView(writer, view, ISO_ANGLE);
  return writer.finish();
}

export const FMR_IDENTIFIER = new Uint8Array([0x46, 0x4d, 0x52, 0x00]); // "FMR\0"
export const VERSION_20 = new Uint8Array([0x20, 0x32, 0x30, 0x00]); // " 20\0"

export function checkIdentifier(reader: ByteReader, format: string): void {
  const identifier = ascii(reader.bytesOf(4, 'format identifier'));
  if (identifier !== 'FMR\0') throw new RidgelineError('bad-file', `${format}: not a finger minutiae record`);
  const version = ascii(reader.bytesOf(4, 'version'));
  if (version !== ' 20\0') {
    throw new RidgelineError('unsupported', `finger minutiae record version '${version.replace(/\0/g, '')}' is not supported (only " 20": ISO/IEC 19794-2:2005, ANSI INCITS 378-2004)`, {
      version: version.replace(/\0/g, ''),
    });
  }
}
