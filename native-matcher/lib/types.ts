// Fingerprint value types shared by the matcher wrapper, the template codecs,
// the synthetic generator, the formats and the UI (through the contract).

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

/** One flag per block of blockSize x blockSize source pixels (1 = fingerprint). */
export interface RoiMask {
  blockSize: number;
  columns: number;
  rows: number;
  foreground: Uint8Array;
}

export interface Features {
  template: Template;
  roi: RoiMask;
}

export interface MinutiaPair {
  /** Index into the probe template's minutiae. */
  probe: number;
  /** Index into the candidate template's minutiae. */
  candidate: number;
  /** Contribution to the score, for display. */
  weight: number;
}

/** Maps probe pixels onto candidate pixels: scale, then rotate (radians, screen CCW), then translate. */
export interface AlignmentTransform {
  rotation: number;
  dx: number;
  dy: number;
  scale: number;
}

export interface ComparisonResult {
  score: number;
  pairs: MinutiaPair[];
  transform: AlignmentTransform;
}

export interface SearchHit {
  id: string;
  score: number;
}
