// The finger view block shared by ISO/IEC 19794-2:2005 and ANSI INCITS
// 378-2004: a 4-byte view header, 6 bytes per minutia, then an extended data
// block. The two standards differ only in the angle unit (ISO 360/256 degrees,
// ANSI 2 degrees) and in the record header around the views.
import type { Minutia, MinutiaType } from '../../../preload/shared/fingerprint';
import { RidgelineError } from '../../../preload/shared/errors';
import type { ByteReader, ByteWriter } from './bytes';
import { fromSteps, toSteps } from './units';

export interface FingerView {
  /** Finger position code (0 unknown, 1..10 fingers, ...). */
  fingerPosition: number;
  viewNumber: number;
  /** Impression type code (0 live-scan plain, 1 live-scan rolled, ...). */
  impressionType: number;
  /** Finger quality 0..100. */
  quality: number;
  minutiae: Minutia[];
  /** The view's extended data block, kept verbatim (ridge counts, cores, deltas). */
  extendedData: Uint8Array;
}

export interface AngleUnit {
  /** Steps per full turn (ISO 256, ANSI 180). */
  steps: number;
}

const MAX_COORDINATE = 0x3fff; // 14 bits
const TYPE_CODES: Record<MinutiaType, number> = { other: 0, ending: 1, bifurcation: 2 };

function typeOf(code: number): MinutiaType {
  // Code 3 is reserved; an old writer may use it, so read it as 'other' rather than refusing the print.
  return code === 1 ? 'ending' : code === 2 ? 'bifurcation' : 'other';
}

/**
 * Reads one view. In the record's last view an extended data block that runs
 * past the record end is cut to what is present and reported in `warnings`:
 * real exports (e.g. NIST libbiomeval's fmr.iso2005) do this, and the block is
 * kept verbatim, never used for matching.
 */
export function readFingerView(reader: ByteReader, unit: AngleUnit, format: string, last: boolean, warnings: string[]): FingerView {
  const fingerPosition = reader.u8('finger position');
  const viewByte = reader.u8('view number and impression type');
  const quality = reader.u8('finger quality');
  const count = reader.u8('number of minutiae');
  const minutiae: Minutia[] = [];
  for (let i = 0; i < count; i++) {
    const typeAndX = reader.u16('minutia x');
    const y = reader.u16('minutia y') & MAX_COORDINATE;
    const angle = reader.u8('minutia angle');
    const minutiaQuality = reader.u8('minutia quality');
    if (angle >= unit.steps) {
      throw new RidgelineError('bad-file', `${format}: minutia ${i} has angle ${angle}, beyond ${unit.steps - 1}`, { minutia: i });
    }
    minutiae.push({
      x: typeAndX & MAX_COORDINATE,
      y,
      direction: fromSteps(angle, unit.steps),
      type: typeOf(typeAndX >> 14),
      // Both standards cap minutia quality at 100; larger values come from writers that use 0..255.
      quality: Math.min(100, minutiaQuality),
    });
  }
  let extendedLength = reader.u16('extended data length');
  if (last && extendedLength > reader.remaining) {
    warnings.push(`${format}: extended data declares ${extendedLength} bytes, ${reader.remaining} remain in the record; kept what is present`);
    extendedLength = reader.remaining;
  }
  const extendedData = reader.bytesOf(extendedLength, 'extended data').slice();
  return {
    fingerPosition,
    viewNumber: viewByte >> 4,
    impressionType: viewByte & 0x0f,
    quality: Math.min(100, quality),
    minutiae,
    extendedData,
  };
}

/**
 * The view count, a reserved byte and the views: the part of the record both
 * standards share after their headers. Bytes left inside the declared length
 * after the last view carry nothing we could read; real exports (libbiomeval's
 * fmr.ansi2004) have them, so they are noted in `warnings`, not refused.
 */
export function readFingerViews(reader: ByteReader, unit: AngleUnit, format: string, warnings: string[]): FingerView[] {
  const viewCount = reader.u8('number of finger views');
  reader.u8('reserved byte');
  const views: FingerView[] = [];
  for (let i = 0; i < viewCount; i++) views.push(readFingerView(reader, unit, format, i === viewCount - 1, warnings));
  if (reader.remaining !== 0) warnings.push(`${format}: ${reader.remaining} bytes after the last view were ignored`);
  return views;
}

export function fingerViewLength(view: FingerView): number {
  return 4 + 6 * view.minutiae.length + 2 + view.extendedData.length;
}

/** Refuses what the standards cannot hold instead of silently dropping or clamping it. */
export function checkWritable(view: FingerView, format: string): void {
  if (view.minutiae.length > 255) {
    throw new RidgelineError('unsupported', `${format} holds at most 255 minutiae per view, this one has ${view.minutiae.length}`);
  }
  if (view.extendedData.length > 0xffff) throw new RidgelineError('unsupported', `${format}: extended data too long`);
  view.minutiae.forEach((m, i) => {
    const x = Math.round(m.x);
    const y = Math.round(m.y);
    if (!(x >= 0 && x <= MAX_COORDINATE && y >= 0 && y <= MAX_COORDINATE)) {
      throw new RidgelineError('unsupported', `${format}: minutia ${i} at (${m.x}, ${m.y}) is outside 0..16383`, { minutia: i });
    }
    if (!Number.isFinite(m.direction)) throw new RidgelineError('invalid-argument', `minutia ${i} has no finite direction`);
  });
}

export function writeFingerView(writer: ByteWriter, view: FingerView, unit: AngleUnit): void {
  writer
    .u8(view.fingerPosition)
    .u8(((view.viewNumber & 0x0f) << 4) | (view.impressionType & 0x0f))
    .u8(clampQuality(view.quality))
    .u8(view.minutiae.length);
  for (const m of view.minutiae) {
    writer
      .u16((TYPE_CODES[m.type] << 14) | Math.round(m.x))
      .u16(Math.round(m.y))
      .u8(toSteps(m.direction, unit.steps))
      .u8(clampQuality(m.quality));
  }
  writer.u16(view.extendedData.length).raw(view.extendedData);
}

function clampQuality(quality: number): number {
  return Number.isFinite(quality) ? Math.max(0, Math.min(100, Math.round(quality))) : 0;
}
