// Value types of the synthetic fingerprint generator. Coordinates are image
// pixels (origin top-left, y down); minutia directions follow
// preload/shared/fingerprint.ts: radians in [0, 2π), counter-clockwise as seen on
// screen, so angle a is the screen vector (cos a, -sin a).
//
// Ground-truth direction convention: the native matcher's (see
// native-matcher/src/matcher/extract/direction.h), as in ISO/IEC 19794-2. The
// direction leaves the minutia along the "Y" it forms and bisects its arms:
// - ridge ending: along its ridge, pointing away from the end into the ridge;
// - bifurcation: between the two branches, into the valley they enclose (i.e.
//   opposite to the merged ridge).
import type { RoiMask } from '../../../native-matcher/lib/types';
import type { GrayImage, Minutia } from '../../../preload/shared/fingerprint';

export const patternClasses = ['arch', 'tented-arch', 'left-loop', 'right-loop', 'whorl'] as const;
export type PatternClass = (typeof patternClasses)[number];

export interface Point {
  x: number;
  y: number;
}

/** A core or delta. `direction` (cores only) points from the core into the loop's open side, screen CCW radians. */
export interface SingularPoint extends Point {
  direction?: number;
}

export interface MasterOptions {
  seed: number;
  /** Pattern class; drawn from the seed with realistic frequencies when omitted. */
  pattern?: PatternClass;
  width?: number;
  height?: number;
}

/** One finger: its clean ridge pattern and everything placed in it. */
export interface MasterFinger {
  seed: number;
  pattern: PatternClass;
  width: number;
  height: number;
  /** Ridge field in [-1, 1], ridges positive; 0 outside the finger. Row-major. */
  ridges: Float32Array;
  /** 1 inside the fingertip outline. */
  mask: Uint8Array;
  /** Skin texture: ink multiplier in [0, 1] per pixel (sweat pores, grain), the same in every impression. */
  skin: Float32Array;
  /** Ridge orientation (mod π, screen CCW radians) per pixel. */
  orientation: Float32Array;
  /** Clean rendering of the ridge field (dark ridges on a light background). */
  image: GrayImage;
  minutiae: Minutia[];
  cores: SingularPoint[];
  deltas: SingularPoint[];
}

export interface ImpressionOptions {
  seed: number;
  /** Output size; the master's size when omitted. */
  width?: number;
  height?: number;
  /** Rotation of the finger on the sensor, radians CCW on screen. */
  rotation?: number;
  /** Translation in pixels, applied after rotation about the master's centre. */
  dx?: number;
  dy?: number;
  /** Share of the finger's area that touched the sensor, (0, 1]. */
  visibleFraction?: number;
  /** Peak elastic displacement in pixels (skin distortion); default 3. */
  distortion?: number;
  /** Pressure in [-1, 1]: positive = heavy (thick, merged ridges), negative = light (thin). */
  pressure?: number;
  /** Dryness in [0, 1]: broken, blotchy ridges. */
  dryness?: number;
  /** Sensor noise standard deviation in gray levels. */
  noise?: number;
  /** Gaussian blur sigma in pixels; 0 = none. */
  blur?: number;
  /** Ridge/background contrast in (0, 1]. */
  contrast?: number;
}

export interface Impression {
  image: GrayImage;
  /** Ground-truth minutiae visible in this impression, in its pixels. */
  minutiae: Minutia[];
  cores: SingularPoint[];
  deltas: SingularPoint[];
  roi: RoiMask;
  /** Index of each minutia in the master's list (correspondence ground truth). */
  masterIndex: number[];
}
