// Matcher evaluation: the FVC protocol's pairs and its error-rate figures.
export { equalErrorRate, type EqualErrorRate } from './eer';
export { ScoreSets } from './error-rates';
export { fnmrAtFmr, type OperatingPoint } from './operating-point';
export { extendedImpostorPairs, fvcImpostorPairs, genuinePairs, type Impression, type ScorePair } from './protocol';
