// Sensor-imitating synthetic databases for the anti-overfitting discipline
// (native-matcher/README.md). Each profile imitates one kind of capture the
// matcher was never tuned on: the sizes, resolutions and skin conditions of
// the held-out sensor classes (FVC2004-like large and small optical, thermal
// sweep), wet/dry/pressure extremes, 1000 ppi and rotated partial prints.
// Every impression draws its placement and skin condition from the profile's
// ranges, so a set varies the way repeated captures of one finger do.

/** A closed range [min, max] drawn uniformly per impression. */
export type Range = readonly [min: number, max: number];

export interface SensorProfile {
  /** Folder name of the set (FVC layout: <name>/<finger>_<impression>.tif). */
  name: string;
  description: string;
  /** Output image size in pixels at `ppi`. */
  width: number;
  height: number;
  ppi: number;
  /** Master finger size (500 ppi pixels). */
  master: { width: number; height: number };
  rotationDegrees: Range;
  dx: Range;
  dy: Range;
  visibleFraction: Range;
  distortion: Range;
  pressure: Range;
  dryness: Range;
  noise: Range;
  blur: Range;
  contrast: Range;
  /** Swipe sensors rebuild the image from slices: the finger's speed varies, so rows stretch unevenly. */
  sweepSpeedJitter?: number;
}

export const SENSOR_PROFILES: readonly SensorProfile[] = [
  {
    name: 'large',
    description: 'large-area optical, 640x480 at 500 ppi: finger on a wide blank platen, exaggerated distortion and rotation, dry to wet',
    width: 640,
    height: 480,
    ppi: 500,
    master: { width: 400, height: 480 },
    rotationDegrees: [-35, 35],
    dx: [-90, 90],
    dy: [-40, 40],
    visibleFraction: [0.6, 1],
    distortion: [6, 14],
    pressure: [-0.8, 0.8],
    dryness: [0, 0.75],
    noise: [3, 8],
    blur: [0.6, 1.6],
    contrast: [0.3, 0.9],
  },
  {
    name: 'small',
    description: 'small-area optical, 328x364 at 500 ppi: the window crops the fingertip, overlap is small',
    width: 328,
    height: 364,
    ppi: 500,
    master: { width: 400, height: 460 },
    rotationDegrees: [-30, 30],
    dx: [-90, 90],
    dy: [-90, 90],
    visibleFraction: [0.7, 1],
    distortion: [5, 12],
    pressure: [-0.7, 0.7],
    dryness: [0, 0.7],
    noise: [4, 9],
    blur: [0.6, 1.2],
    contrast: [0.3, 0.9],
  },
  {
    name: 'sweep',
    description: 'thermal sweep, 300x480 at 512 ppi: a long strip rebuilt from slices, uneven swipe speed',
    width: 300,
    height: 480,
    ppi: 512,
    master: { width: 360, height: 520 },
    rotationDegrees: [-15, 15],
    dx: [-30, 30],
    dy: [-70, 70],
    visibleFraction: [0.75, 1],
    distortion: [4, 10],
    pressure: [-0.5, 0.5],
    dryness: [0, 0.5],
    noise: [6, 12],
    blur: [0.5, 1],
    contrast: [0.35, 0.9],
    sweepSpeedJitter: 0.15,
  },
  {
    name: 'wet',
    description: 'wet or heavily pressed fingers, 388x374 at 500 ppi: thick merged ridges, blur',
    width: 388,
    height: 374,
    ppi: 500,
    master: { width: 400, height: 440 },
    rotationDegrees: [-30, 30],
    dx: [-40, 40],
    dy: [-40, 40],
    visibleFraction: [0.7, 1],
    distortion: [4, 10],
    pressure: [0.5, 1],
    dryness: [0, 0.1],
    noise: [2, 5],
    blur: [1.4, 2.4],
    contrast: [0.4, 0.9],
  },
  {
    name: 'dry',
    description: 'dry skin and light pressure, 388x374 at 500 ppi: thin, broken, faint ridges',
    width: 388,
    height: 374,
    ppi: 500,
    master: { width: 400, height: 440 },
    rotationDegrees: [-20, 20],
    dx: [-40, 40],
    dy: [-40, 40],
    visibleFraction: [0.85, 1],
    distortion: [3, 6],
    pressure: [-0.7, -0.2],
    dryness: [0.5, 0.9],
    noise: [5, 8],
    blur: [0.5, 1],
    contrast: [0.35, 0.7],
  },
  {
    name: 'ppi1000',
    description: '1000 ppi capture, 600x720: the same skin at twice the pixels per ridge',
    width: 600,
    height: 720,
    ppi: 1000,
    master: { width: 400, height: 440 },
    rotationDegrees: [-30, 30],
    dx: [-40, 40],
    dy: [-40, 40],
    visibleFraction: [0.6, 1],
    distortion: [4, 10],
    pressure: [-0.7, 0.7],
    dryness: [0, 0.7],
    noise: [3, 8],
    blur: [0.5, 1],
    contrast: [0.3, 0.9],
  },
  {
    name: 'partial',
    description: 'rotated partial prints, 400x440 at 500 ppi: any rotation, 35-60% of the fingertip, faint and noisy',
    width: 400,
    height: 440,
    ppi: 500,
    master: { width: 400, height: 440 },
    rotationDegrees: [-180, 180],
    dx: [-30, 30],
    dy: [-30, 30],
    visibleFraction: [0.35, 0.6],
    distortion: [3, 6],
    pressure: [-0.4, 0.5],
    dryness: [0, 0.4],
    noise: [5, 10],
    blur: [0.8, 1.4],
    contrast: [0.35, 0.7],
  },
];
