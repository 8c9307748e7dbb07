// Builds a Type-9 record carrying an EFS block (9.300-9.362) from features in
// pixel space. Units become 10 µm, angles whole degrees: that quantisation
// (0.05 px and 0.5° at most at 500 ppi) is all a round trip loses.
import type { Field, TaggedRecord } from '../ansi-nist/model';
import { RidgelineError } from '../../../preload/shared/errors';
import type { EfsBlock, ExaminerStamp, MinutiaKind, Point } from './model';
import { pixelsToUnits, radiansToDegrees } from './units';

export interface EfsRecordInput {
  idc: number;
  impression: number;
  ppi: number;
  efs: EfsBlock;
}

const TYPE_LETTER: Record<MinutiaKind, string> = { ending: 'E', bifurcation: 'B', unknown: 'X' };
const CORRESPONDENCE_LETTER = { definite: 'D', possible: 'P', 'does-not-correspond': 'N' } as const;
const DETERMINATION_CODE = { identification: 'IDEN', exclusion: 'EXCL', inconclusive: 'INCO' } as const;

const degrees = (radians: number) => String(Math.round(radiansToDegrees(radians)) % 360);

function examinerItems(stamp: ExaminerStamp): string[] {
  const items = [stamp.surname, stamp.givenName, stamp.affiliation, stamp.dateTime];
  return stamp.comment ? [...items, stamp.comment] : items;
}

/** Drops trailing empty optional items: the standard allows omitting them. */
const trimItems = (items: string[]): string[] => {
  let end = items.length;
  while (end > 1 && items[end - 1] === '') end--;
  return items.slice(0, end);
};

export function efsRecord(input: EfsRecordInput): TaggedRecord {
  const { efs, ppi } = input;
  if (!(ppi > 0)) throw new RidgelineError('invalid-argument', 'EFS needs the image resolution');
  const u = (px: number) => {
    const units = pixelsToUnits(px, ppi);
    if (units < 0) throw new RidgelineError('invalid-argument', 'EFS coordinates must lie inside the image (non-negative)');
    return String(units);
  };
  const fields: Field[] = [
    { number: 1, subfields: [['0']] },
    { number: 2, subfields: [[String(input.idc).padStart(2, '0')]] },
    { number: 3, subfields: [[String(input.impression)]] },
    // 'U': the record carries no NIST standard block (9.005-9.012); its features are EFS.
    { number: 4, subfields: [['U']] },
  ];
  const add = (number: number, subfields: string[][]) => {
    if (subfields.length > 0) fields.push({ number, subfields });
  };
  if (efs.roi) {
    const polygon = efs.roi.polygon.map((p: Point) => `${u(p.x)},${u(p.y)}`).join('-');
    add(300, [trimItems([u(efs.roi.width), u(efs.roi.height), u(efs.roi.x), u(efs.roi.y), polygon])]);
  }
  if (efs.fingerPosition !== null) add(302, [[String(efs.fingerPosition)]]);
  add(320, efs.cores.map((c) => trimItems([u(c.x), u(c.y), c.direction === null ? '' : degrees(c.direction)])));
  add(321, efs.deltas.map((d) => trimItems([u(d.x), u(d.y), ...d.directions.slice(0, 3).map(degrees)])));
  add(331, efs.minutiae.map((m) => {
    const items = [u(m.x), u(m.y), degrees(m.direction), TYPE_LETTER[m.type]];
    if (m.positionUncertainty !== undefined || m.directionUncertainty !== undefined) {
      items.push(m.positionUncertainty === undefined ? '' : u(m.positionUncertainty));
      if (m.directionUncertainty !== undefined) items.push(String(Math.round((m.directionUncertainty * 180) / Math.PI)));
    }
    return items;
  }));
  add(350, efs.methods.map((m) => trimItems([m.field, m.method, m.vendor, m.algorithm, ...(m.examiner ? examinerItems(m.examiner) : [])])));
  if (efs.comment) add(351, [[efs.comment]]);
  if (efs.latentProcessing.length > 0) add(352, [efs.latentProcessing]);
  if (efs.analysis) add(353, [[efs.analysis.value, ...examinerItems(efs.analysis.examiner)]]);
  add(361, efs.correspondences.map((c) => [c.label, CORRESPONDENCE_LETTER[c.type], String(c.field), String(c.index)]));
  if (efs.determination) {
    const d = efs.determination;
    add(362, [[String(d.otherIdc).padStart(2, '0'), DETERMINATION_CODE[d.determination], ...examinerItems(d.examiner)]]);
  }
  return { encoding: 'tagged', type: 9, fields };
}
