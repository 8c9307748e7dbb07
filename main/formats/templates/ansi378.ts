// ANSI INCITS 378-2004 finger minutiae format (record version " 20").
// Header (26 bytes, or 30 with the long length form, big-endian): "FMR\0",
// " 20\0", record length (2; or 0x0000 then 4), CBEFF product identifier
// owner+type (4), equipment (2), width, height, x/y resolution in px/cm (2 each),
// view count (1), reserved (1); then the finger views. Angles: 2 degrees.
import { RidgelineError } from '../../../preload/shared/errors';
import { ByteReader, ByteWriter } from './bytes';
import { checkWritable, fingerViewLength, readFingerViews, writeFingerView, type AngleUnit } from './finger-view';
import { checkIdentifier, FMR_IDENTIFIER, VERSION_20 } from './iso19794-2';
import type { FingerMinutiaeRecord } from './record';

const FORMAT = 'ANSI INCITS 378-2004';
const SHORT_HEADER = 26;
const LONG_HEADER = 30;
export const ANSI_ANGLE: AngleUnit = { steps: 180 };

export function readAnsi378(bytes: Uint8Array): FingerMinutiaeRecord {
  const head = new ByteReader(bytes, FORMAT);
  checkIdentifier(head, FORMAT);
  let length = head.u16('record length');
  let headerLength = SHORT_HEADER;
  if (length === 0) {
    length = head.u32('long record length');
    headerLength = LONG_HEADER;
  }
  if (length < headerLength) throw new RidgelineError('bad-file', `${FORMAT}: record length ${length} is shorter than the header`);
  if (length > bytes.length) {
    throw new RidgelineError('bad-file', `${FORMAT}: truncated (record length ${length}, ${bytes.length} bytes present)`);
  }
  const reader = new ByteReader(bytes.subarray(0, length), FORMAT);
  reader.skip(head.offset, 'record header');
  const productOwner = reader.u16('CBEFF product owner');
  const productType = reader.u16('CBEFF product type');
  const equipment = reader.u16('capture equipment');
  const record: FingerMinutiaeRecord = {
    standard: 'ansi378:2004',
    width: reader.u16('image width'),
    height: reader.u16('image height'),
    xResolution: reader.u16('x resolution'),
    yResolution: reader.u16('y resolution'),
    equipmentCompliance: equipment >> 12,
    equipmentId: equipment & 0x0fff,
    productOwner,
    productType,
    views: [],
    warnings: [],
  };
  record.views = readFingerViews(reader, ANSI_ANGLE, FORMAT, record.warnings);
  return record;
}

export function writeAnsi378(record: FingerMinutiaeRecord): Uint8Array {
  for (const view of record.views) checkWritable(view, FORMAT);
  if (record.views.length > 255) throw new RidgelineError('unsupported', `${FORMAT} holds at most 255 views`);
  const views = record.views.reduce((sum, view) => sum + fingerViewLength(view), 0);
  const long = SHORT_HEADER + views > 0xffff;
  const length = (long ? LONG_HEADER : SHORT_HEADER) + views;
  const writer = new ByteWriter(length).raw(FMR_IDENTIFIER).raw(VERSION_20);
  if (long) writer.u16(0).u32(length);
  else writer.u16(length);
  writer
    .u16(record.productOwner)
    .u16(record.productType)
    .u16(((record.equipmentCompliance & 0x0f) << 12) | (record.equipmentId & 0x0fff))
    .u16(record.width)
    .u16(record.height)
    .u16(record.xResolution)
    .u16(record.yResolution)
    .u8(record.views.length)
    .u8(0);
  for (const view of record.views) writeFingerView(writer, view, ANSI_ANGLE);
  return writer.finish();
}
