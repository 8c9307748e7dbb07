// A marked-up comparison as one transaction: Type-1, the two images (Type-13
// for a latent, Type-14 otherwise) and a Type-9 EFS record for each, sharing
// correspondence labels (9.361) and carrying the determination (9.362) on the
// query's record. writeComparison and readComparison are inverses up to the
// EFS quantisation (10 µm, 1°).
import { RidgelineError } from '../../../preload/shared/errors';
import { frictionImageRecord, transaction, type TransactionHeader } from '../ansi-nist/builders';
import { listImages } from '../ansi-nist/image-records';
import type { ReadWarning, Transaction } from '../ansi-nist/model';
import { annotationsFromFeatures, featuresFromAnnotations, type AnnotationDraft } from './annotations';
import type { Correspondence, CorrespondenceType, Determination, EfsBlock, ExaminerStamp } from './model';
import { readType9Features } from './type9';
import { efsRecord } from './write-efs';

export type PairStatus = 'proposed' | 'accepted' | 'rejected';

export interface ComparedImage {
  /** 8-bit gray, width * height. */
  pixels: Uint8Array;
  width: number;
  height: number;
  ppi: number;
  fingerPosition: number;
  /** Impression code (IMP), e.g. 4 latent impression, 0 live-scan plain, 1 rolled. */
  impression: number;
  latent: boolean;
  annotations: AnnotationDraft[];
}

export interface MarkedPair {
  /** Indexes into each image's minutia annotations, in order. */
  query: number;
  candidate: number;
  status: PairStatus;
}

export interface MarkedComparison {
  query: ComparedImage;
  candidate: ComparedImage;
  pairs: MarkedPair[];
  determination: Determination | null;
  examiner: ExaminerStamp;
}

const TYPE_BY_STATUS: Record<PairStatus, CorrespondenceType> = { accepted: 'definite', proposed: 'possible', rejected: 'does-not-correspond' };
const STATUS_BY_TYPE: Record<CorrespondenceType, PairStatus> = { definite: 'accepted', possible: 'proposed', 'does-not-correspond': 'rejected' };
const EFS_MINUTIAE_FIELD = 331;
const QUERY_IDC = 1;
const CANDIDATE_IDC = 2;

function efsOf(image: ComparedImage, correspondences: Correspondence[], examiner: ExaminerStamp): EfsBlock {
  return {
    roi: { x: 0, y: 0, width: image.width, height: image.height, polygon: [] },
    fingerPosition: image.fingerPosition,
    ...featuresFromAnnotations(image.annotations),
    methods: [{ field: 'ALL', method: 'MAN', vendor: '', algorithm: '', examiner }],
    comment: null,
    latentProcessing: [],
    analysis: null,
    correspondences,
    determination: null,
  };
}

export function comparisonTransaction(header: TransactionHeader, comparison: MarkedComparison): Transaction {
  const minutiaCount = (image: ComparedImage) => image.annotations.filter((a) => a.kind === 'minutia').length;
  for (const pair of comparison.pairs) {
    if (pair.query < 0 || pair.query >= minutiaCount(comparison.query) || pair.candidate < 0 || pair.candidate >= minutiaCount(comparison.candidate)) {
      throw new RidgelineError('invalid-argument', 'A correspondence refers to a minutia that is not marked');
    }
  }
  const label = (i: number) => String(i + 1);
  const side = (pick: 'query' | 'candidate'): Correspondence[] =>
    comparison.pairs.map((p, i) => ({ label: label(i), type: TYPE_BY_STATUS[p.status], field: EFS_MINUTIAE_FIELD, index: p[pick] + 1 }));
  const queryEfs = efsOf(comparison.query, side('query'), comparison.examiner);
  if (comparison.determination) {
    queryEfs.determination = { otherIdc: CANDIDATE_IDC, determination: comparison.determination, code: '', examiner: comparison.examiner };
  }
  const imageRecord = (image: ComparedImage, idc: number) =>
    frictionImageRecord({
      idc,
      recordType: image.latent ? 13 : 14,
      impression: image.impression,
      sourceAgency: header.originatingAgency,
      captureDate: header.date,
      width: image.width,
      height: image.height,
      ppi: image.ppi,
      compression: 'NONE',
      positions: [image.fingerPosition],
      data: image.pixels,
    });
  return transaction(header, [
    efsRecord({ idc: QUERY_IDC, impression: comparison.query.impression, ppi: comparison.query.ppi, efs: queryEfs }),
    imageRecord(comparison.query, QUERY_IDC),
    efsRecord({ idc: CANDIDATE_IDC, impression: comparison.candidate.impression, ppi: comparison.candidate.ppi, efs: efsOf(comparison.candidate, side('candidate'), comparison.examiner) }),
    imageRecord(comparison.candidate, CANDIDATE_IDC),
  ]);
}

/** Reads back a comparison written by comparisonTransaction (or any pair of EFS-marked images). */
export function readComparison(tx: Transaction, warn: (w: ReadWarning) => void = () => undefined): MarkedComparison {
  const features = readType9Features(tx, warn).filter((f) => f.efs);
  const images = listImages(tx).filter((i) => i.friction);
  if (features.length < 2) throw new RidgelineError('bad-file', 'A comparison needs two Type-9 EFS records', { found: features.length });
  const [queryFeatures, candidateFeatures] = features as [(typeof features)[0], (typeof features)[0]];
  const compared = (f: (typeof features)[0]): ComparedImage => {
    const image = images.find((i) => i.idc === f.idc);
    if (!image) throw new RidgelineError('bad-file', `No image record with IDC ${f.idc} for Type-9 record ${f.recordIndex}`, { record: f.recordIndex });
    if (image.compression !== 'none' || image.bitsPerPixel !== 8) {
      throw new RidgelineError('unsupported', 'readComparison reads uncompressed 8-bit images; use the image decoders for others', { record: image.recordIndex });
    }
    return {
      pixels: image.data.slice(0, image.width * image.height),
      width: image.width,
      height: image.height,
      ppi: image.ppi,
      fingerPosition: image.positions[0] ?? 0,
      impression: image.impressionType ?? 0,
      latent: image.recordType === 13,
      annotations: annotationsFromFeatures(f.efs!, { origin: 'examiner', author: authorOf(f.efs!) }),
    };
  };
  const candidateByLabel = new Map(candidateFeatures.efs!.correspondences.filter((c) => c.field === EFS_MINUTIAE_FIELD).map((c) => [c.label, c]));
  const pairs: MarkedPair[] = [];
  for (const c of queryFeatures.efs!.correspondences) {
    const other = candidateByLabel.get(c.label);
    if (c.field !== EFS_MINUTIAE_FIELD || !other) continue;
    pairs.push({ query: c.index - 1, candidate: other.index - 1, status: STATUS_BY_TYPE[c.type] });
  }
  const determination = queryFeatures.efs!.determination;
  const examiner = determination?.examiner ?? queryFeatures.efs!.methods[0]?.examiner ?? { surname: '', givenName: '', affiliation: '', dateTime: '' };
  return { query: compared(queryFeatures), candidate: compared(candidateFeatures), pairs, determination: determination?.determination ?? null, examiner };
}

function authorOf(efs: EfsBlock): string {
  const stamp = efs.methods.find((m) => m.examiner)?.examiner ?? efs.analysis?.examiner ?? efs.determination?.examiner;
  return stamp ? [stamp.givenName, stamp.surname].filter(Boolean).join(' ') : 'unknown';
}
