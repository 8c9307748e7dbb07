// Type-9 friction ridge features (NIST standard, IAFIS, INCITS 378, EFS) and
// their mapping to annotations; marked-up comparisons as transactions.
export { readType9Features } from './type9';
export { efsRecord, type EfsRecordInput } from './write-efs';
export { annotationsFromFeatures, bestFeatures, featuresFromAnnotations, matcherMinutiae, type AnnotationDraft } from './annotations';
export { comparisonTransaction, readComparison, type MarkedComparison, type MarkedPair, type PairStatus } from './comparison';
export type * from './model';
