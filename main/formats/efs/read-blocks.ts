// Reads the three minutiae blocks a Type-9 record may carry. Malformed items
// (a non-numeric coordinate, an unknown type letter) skip that one feature with
// a warning naming the field and subfield: one bad minutia should not cost the
// examiner the rest of the record.
import type { ReadWarning, TaggedRecord } from '../ansi-nist/model';
import { textField } from '../ansi-nist/fields';
import type {
  AnalysisAssessment, ComparisonDetermination, CoreFeature, Correspondence, CorrespondenceType, DeltaFeature, Determination,
  EfsBlock, ExaminerStamp, FeatureMethod, IafisBlock, IncitsBlock, MinutiaFeature, MinutiaKind, Point, RegionOfInterest, StandardBlock,
} from './model';
import { degreesToRadians, int, unitsToPixels } from './units';

export interface BlockContext {
  recordIndex: number;
  /** Resolution of the described image, to turn 10 µm units into pixels. */
  ppi: number;
  /** Height of the described image in pixels; the NIST standard block counts y from the bottom. */
  imageHeight: number | null;
  warn(warning: ReadWarning): void;
}

function eachSubfield<T>(record: TaggedRecord, number: number, ctx: BlockContext, read: (items: string[]) => T | null): T[] {
  const out: T[] = [];
  (textField(record, number) ?? []).forEach((items, i) => {
    const value = read(items);
    if (value === null) {
      ctx.warn({ code: 'bad-feature', message: `Field 9.${number} subfield ${i + 1} ("${items.join(' ')}") is malformed and was skipped`, record: ctx.recordIndex, field: `9.${number}` });
    } else out.push(value);
  });
  return out;
}

const finite = (...values: number[]) => values.every(Number.isFinite);

// ---- NIST standard block (9.005-9.012): 0.01 mm units, origin bottom-left, y up.
// Its minutia direction points the opposite way to the ISO/INCITS convention.
const STANDARD_TYPES: Record<string, MinutiaKind> = { A: 'ending', B: 'bifurcation', C: 'unknown', D: 'unknown' };

function standardPosition(xxxxyyyy: string, ctx: BlockContext): Point | null {
  const x = int(xxxxyyyy.slice(0, 4));
  const y = int(xxxxyyyy.slice(4, 8));
  if (!finite(x, y) || ctx.imageHeight === null) return null;
  return { x: unitsToPixels(x, ctx.ppi), y: ctx.imageHeight - unitsToPixels(y, ctx.ppi) };
}

export function readStandardBlock(record: TaggedRecord, ctx: BlockContext): StandardBlock | null {
  if (!textField(record, 12) && !textField(record, 8)) return null;
  if (ctx.imageHeight === null) {
    ctx.warn({ code: 'no-image-for-minutiae', message: `Type-9 record ${ctx.recordIndex}: no image with its IDC, so NIST standard minutiae (counted from the bottom edge) cannot be placed`, record: ctx.recordIndex, field: '9.012' });
    return null;
  }
  const minutiae = eachSubfield(record, 12, ctx, (items): MinutiaFeature | null => {
    const position = items[1] ?? '';
    if (position.length < 11) return null;
    const at = standardPosition(position, ctx);
    const theta = int(position.slice(8, 11));
    const quality = int(items[2]);
    const type = STANDARD_TYPES[(items[3] ?? '').trim()];
    if (!at || !Number.isFinite(theta) || !type) return null;
    // Quality 0 = manually encoded, 1 = no quality; 2..63 grade it.
    return { ...at, direction: degreesToRadians(theta + 180), type, quality: Number.isFinite(quality) && quality >= 2 ? Math.round((quality / 63) * 100) : null };
  });
  const points = (number: number) => eachSubfield(record, number, ctx, (items) => standardPosition(items[0] ?? '', ctx));
  return {
    system: (textField(record, 5)?.[0] ?? []).join(' '),
    minutiae,
    cores: points(8).map((p) => ({ ...p, direction: null })),
    deltas: points(9).map((p) => ({ ...p, directions: [] })),
  };
}

// ---- FBI IAFIS block (9.014-9.023, EBTS): the same XXXXYYYYTTT items as the
// standard block, but y counts from the top edge and directions follow the
// ISO/INCITS convention (checked against the INCITS 378 block of the same NIST
// reference finger). Cores (9.021) and deltas (9.022) carry XXXXYYYY first.
function iafisPosition(xxxxyyyy: string, ctx: BlockContext): Point | null {
  const x = int(xxxxyyyy.slice(0, 4));
  const y = int(xxxxyyyy.slice(4, 8));
  return xxxxyyyy.length >= 8 && finite(x, y) ? { x: unitsToPixels(x, ctx.ppi), y: unitsToPixels(y, ctx.ppi) } : null;
}

export function readIafisBlock(record: TaggedRecord, ctx: BlockContext): IafisBlock | null {
  if (!textField(record, 23)) return null;
  const minutiae = eachSubfield(record, 23, ctx, (items): MinutiaFeature | null => {
    const position = items[1] ?? '';
    const at = position.length >= 11 ? iafisPosition(position, ctx) : null;
    const theta = int(position.slice(8, 11));
    const quality = int(items[2]);
    const type = STANDARD_TYPES[(items[3] ?? '').trim()];
    if (!at || !Number.isFinite(theta) || !type) return null;
    return { ...at, direction: degreesToRadians(theta), type, quality: Number.isFinite(quality) && quality >= 2 ? Math.round((quality / 63) * 100) : null };
  });
  const cores = eachSubfield(record, 21, ctx, (items): CoreFeature | null => {
    const at = iafisPosition(items[0] ?? '', ctx);
    const direction = int(items[1]);
    return at ? { ...at, direction: Number.isFinite(direction) ? degreesToRadians(direction) : null } : null;
  });
  const deltas = eachSubfield(record, 22, ctx, (items): DeltaFeature | null => {
    const at = iafisPosition(items[0] ?? '', ctx);
    const directions = items.slice(1, 4).map(int).filter(Number.isFinite).map(degreesToRadians);
    return at ? { ...at, directions } : null;
  });
  return { system: (textField(record, 16)?.[0] ?? []).join(' '), minutiae, cores, deltas };
}

// ---- INCITS 378 block (9.126-9.140): pixels, origin top-left, angles in 2-degree units.
const INCITS_TYPES: Record<number, MinutiaKind> = { 0: 'unknown', 1: 'ending', 2: 'bifurcation' };

export function readIncitsBlock(record: TaggedRecord, ctx: BlockContext): IncitsBlock | null {
  if (!textField(record, 137) && !textField(record, 126)) return null;
  const scale = int(textField(record, 130)?.[0]?.[0]);
  const horizontal = int(textField(record, 131)?.[0]?.[0]);
  const ppi = Number.isFinite(horizontal) && horizontal > 0 ? (scale === 2 ? horizontal * 2.54 : horizontal) : ctx.ppi;
  const minutiae = eachSubfield(record, 137, ctx, (items): MinutiaFeature | null => {
    const [x, y, angle, kind, quality] = [int(items[1]), int(items[2]), int(items[3]), int(items[4]), int(items[5])];
    const type = INCITS_TYPES[kind];
    if (!finite(x, y, angle) || !type) return null;
    return { x, y, direction: degreesToRadians(angle * 2), type, quality: Number.isFinite(quality) ? Math.min(100, Math.max(0, quality)) : null };
  });
  const cores = eachSubfield(record, 139, ctx, (items): CoreFeature | null => {
    const [x, y, angle] = [int(items[0]), int(items[1]), int(items[2])];
    return finite(x, y) ? { x, y, direction: Number.isFinite(angle) ? degreesToRadians(angle * 2) : null } : null;
  });
  const deltas = eachSubfield(record, 140, ctx, (items): DeltaFeature | null => {
    const [x, y, angle] = [int(items[0]), int(items[1]), int(items[2])];
    return finite(x, y) ? { x, y, directions: Number.isFinite(angle) ? [degreesToRadians(angle * 2)] : [] } : null;
  });
  const fgp = int(textField(record, 134)?.[0]?.[0]);
  return {
    width: int(textField(record, 128)?.[0]?.[0]) || 0,
    height: int(textField(record, 129)?.[0]?.[0]) || 0,
    ppi: Math.round(ppi * 100) / 100,
    fingerPosition: Number.isFinite(fgp) ? fgp : null,
    minutiae,
    cores,
    deltas,
  };
}

// ---- EFS (9.300-9.373): 10 µm units, origin top-left of the image, y down.
const EFS_TYPES: Record<string, MinutiaKind> = { E: 'ending', B: 'bifurcation', X: 'unknown' };
const CORRESPONDENCE_TYPES: Record<string, CorrespondenceType> = { D: 'definite', P: 'possible', N: 'does-not-correspond' };
const DETERMINATIONS: Record<string, Determination> = {
  IDEN: 'identification', INDV: 'identification', IND: 'identification',
  EXCL: 'exclusion', EXC: 'exclusion',
  INCO: 'inconclusive', INC: 'inconclusive', INCON: 'inconclusive',
};

function examinerFrom(items: readonly string[], from: number): ExaminerStamp {
  const stamp: ExaminerStamp = { surname: items[from] ?? '', givenName: items[from + 1] ?? '', affiliation: items[from + 2] ?? '', dateTime: items[from + 3] ?? '' };
  const comment = items[from + 4];
  return comment ? { ...stamp, comment } : stamp;
}

function polygon(text: string, ppi: number): Point[] {
  if (!text) return [];
  return text.split('-').flatMap((pair) => {
    const [x, y] = pair.split(',').map(int) as [number, number];
    return finite(x, y) ? [{ x: unitsToPixels(x, ppi), y: unitsToPixels(y, ppi) }] : [];
  });
}

export function readEfsBlock(record: TaggedRecord, ctx: BlockContext): EfsBlock | null {
  const present = record.fields.some((f) => f.number >= 300 && f.number <= 399);
  if (!present) return null;
  const px = (units: number) => unitsToPixels(units, ctx.ppi);
  const optionalAngle = (text: string | undefined) => {
    const degrees = int(text);
    return Number.isFinite(degrees) ? degreesToRadians(degrees) : null;
  };

  const roiItems = textField(record, 300)?.[0];
  let roi: RegionOfInterest | null = null;
  if (roiItems) {
    const [w, h, x, y] = [int(roiItems[0]), int(roiItems[1]), int(roiItems[2] || '0'), int(roiItems[3] || '0')];
    if (finite(w, h, x, y)) roi = { x: px(x), y: px(y), width: px(w), height: px(h), polygon: polygon(roiItems[4] ?? '', ctx.ppi) };
    else ctx.warn({ code: 'bad-feature', message: `Field 9.300 (ROI) "${roiItems.join(' ')}" is malformed`, record: ctx.recordIndex, field: '9.300' });
  }
  const fpp = int(textField(record, 302)?.[0]?.[0]);

  const minutiae = eachSubfield(record, 331, ctx, (items): MinutiaFeature | null => {
    const [x, y, theta] = [int(items[0]), int(items[1]), int(items[2])];
    const type = EFS_TYPES[(items[3] ?? '').trim()];
    if (!finite(x, y, theta) || !type) return null;
    const minutia: MinutiaFeature = { x: px(x), y: px(y), direction: degreesToRadians(theta), type, quality: null };
    const mru = int(items[4]);
    const mdu = int(items[5]);
    if (Number.isFinite(mru)) minutia.positionUncertainty = px(mru);
    if (Number.isFinite(mdu)) minutia.directionUncertainty = (mdu * Math.PI) / 180;
    return minutia;
  });
  const cores = eachSubfield(record, 320, ctx, (items): CoreFeature | null => {
    const [x, y] = [int(items[0]), int(items[1])];
    return finite(x, y) ? { x: px(x), y: px(y), direction: optionalAngle(items[2]) } : null;
  });
  const deltas = eachSubfield(record, 321, ctx, (items): DeltaFeature | null => {
    const [x, y] = [int(items[0]), int(items[1])];
    if (!finite(x, y)) return null;
    const directions = [items[2], items[3], items[4]].map(optionalAngle).filter((a): a is number => a !== null);
    return { x: px(x), y: px(y), directions };
  });
  const methods = eachSubfield(record, 350, ctx, (items): FeatureMethod | null =>
    items[0] && items[1]
      ? { field: items[0], method: items[1], vendor: items[2] ?? '', algorithm: items[3] ?? '', examiner: items[4] ? examinerFrom(items, 4) : null }
      : null,
  );
  const eaa = textField(record, 353)?.[0];
  const analysis: AnalysisAssessment | null = eaa && eaa[0] ? { value: eaa[0], examiner: examinerFrom(eaa, 1) } : null;
  const correspondences = eachSubfield(record, 361, ctx, (items): Correspondence | null => {
    const type = CORRESPONDENCE_TYPES[(items[1] ?? '').trim()];
    const [field, index] = [int(items[2]), int(items[3])];
    return items[0] && type && finite(field, index) ? { label: items[0], type, field, index } : null;
  });
  const ecd = textField(record, 362)?.[0];
  let determination: ComparisonDetermination | null = null;
  if (ecd) {
    const otherIdc = int(ecd[0]);
    const code = (ecd[1] ?? '').trim();
    const meaning = DETERMINATIONS[code.toUpperCase()];
    if (Number.isFinite(otherIdc) && meaning) determination = { otherIdc, determination: meaning, code, examiner: examinerFrom(ecd, 2) };
    else ctx.warn({ code: 'bad-feature', message: `Field 9.362 (ECD) "${ecd.join(' ')}" is not a known determination`, record: ctx.recordIndex, field: '9.362' });
  }
  return {
    roi,
    fingerPosition: Number.isFinite(fpp) ? fpp : null,
    cores,
    deltas,
    minutiae,
    methods,
    comment: textField(record, 351)?.[0]?.[0] ?? null,
    latentProcessing: (textField(record, 352) ?? []).flat().filter(Boolean),
    analysis,
    correspondences,
    determination,
  };
}
