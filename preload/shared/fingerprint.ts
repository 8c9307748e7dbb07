// Fingerprint value types every layer speaks: the matcher wrapper, the template
// and image codecs, the domain, the synthetic generator and the UI. Plain data,
// no behaviour, so they cross threads and processes unchanged.

/** 8-bit grayscale image, row-major, `width * height` bytes. */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
  /** Resolution in pixels per inch; 500 when unknown. */
  ppi: number;
}

export type MinutiaType = 'ending' | 'bifurcation' | 'other';

/**
 * A minutia in source-image pixels (origin top-left, y down). `direction` is in
 * radians in [0, 2π), counter-clockwise from +x as seen on screen (the ISO/IEC
 * 19794-2 convention): the screen vector of angle a is (cos a, -sin a).
 */
export interface Minutia {
  x: number;
  y: number;
  direction: number;
  type: MinutiaType;
  /** 0..100 */
  quality: number;
}

export interface Template {
  width: number;
  height: number;
  ppi: number;
  minutiae: Minutia[];
}

/** What an examiner (or the matcher, or ground truth) marks on a print. */
export const featureKinds = ['minutia', 'core', 'delta'] as const;
export type FeatureKind = (typeof featureKinds)[number];

/** Who marked a feature. */
export const featureOrigins = ['matcher', 'examiner', 'ground-truth'] as const;
export type FeatureOrigin = (typeof featureOrigins)[number];

/** A marked minutia's type; 'unknown' when the examiner cannot tell (EFS "X"). */
export const markedMinutiaTypes = ['ending', 'bifurcation', 'unknown'] as const;
export type MarkedMinutiaType = (typeof markedMinutiaTypes)[number];

/**
 * A feature marked on a print, before it belongs to a stored print (the
 * contract's Annotation adds id, printId and createdAt). Pixels, y down;
 * direction in radians, counter-clockwise on screen; null when not marked.
 */
export interface MarkedFeature {
  kind: FeatureKind;
  origin: FeatureOrigin;
  x: number;
  y: number;
  direction: number | null;
  minutiaType: MarkedMinutiaType | null;
  /** 0..100, null when not marked. */
  quality: number | null;
  author: string;
}
