// The native matcher's typed TypeScript API: extraction, explained 1:1
// comparison, 1:N search and WSQ encoding. Errors are RidgelineError with contract codes.
export { compare, extract } from './lib/matcher';
export { Gallery, type SearchOptions, type SearchProgress } from './lib/gallery';
export { MATCH_THRESHOLD, matchThreshold } from './lib/threshold';
export { encodeWsq, encodeWsqSync, WSQ_DEFAULT_BITRATE, type WsqEncodeOptions } from './lib/wsq';
export type {
  AlignmentTransform,
  ComparisonResult,
  Features,
  GrayImage,
  Minutia,
  MinutiaPair,
  MinutiaType,
  RoiMask,
  SearchHit,
  Template,
} from './lib/types';
