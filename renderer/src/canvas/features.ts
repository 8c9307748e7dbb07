// What the viewers draw, in the print's source pixels: friction ridge features
// (from the matcher, an examiner or a generator's ground truth) and the ends of
// correspondences on this print. Plain data, so drawing and hit-testing share it.
export type FeatureKind = 'minutia' | 'core' | 'delta';
export type MinutiaType = 'ending' | 'bifurcation' | 'unknown';
export type FeatureOrigin = 'matcher' | 'examiner' | 'ground-truth';

export interface Feature {
  id: string;
  kind: FeatureKind;
  origin: FeatureOrigin;
  x: number;
  y: number;
  /** Radians, counter-clockwise from +x in image coordinates (y down), or null when unknown. */
  direction: number | null;
  minutiaType: MinutiaType | null;
}

export type MarkStatus = 'proposed' | 'weak' | 'accepted' | 'rejected' | 'examiner';

/** One end of a correspondence on this print: its number is shared with the other print. */
export interface CorrespondenceMark {
  id: string;
  label: string;
  x: number;
  y: number;
  direction?: number;
  status: MarkStatus;
  /** The pair the examiner is pointing at: drawn stronger on both prints. */
  highlighted?: boolean;
}

/** A region of interest, as a closed polygon in image pixels. */
export type Polygon = readonly { x: number; y: number }[];
