// Unit conversions shared by the interchange codecs. Both standards store
// resolution in pixels per centimetre and angles counter-clockwise from the
// horizontal, the same convention as our Minutia.direction.
const TURN = 2 * Math.PI;
const CM_PER_INCH = 2.54;

/** Folds any finite angle into [0, 2π). */
export function normaliseAngle(radians: number): number {
  const folded = radians % TURN;
  const positive = folded < 0 ? folded + TURN : folded;
  return positive >= TURN ? 0 : positive;
}

/** Radians -> integer steps of a full turn divided into `steps` (wraps to 0). */
export function toSteps(radians: number, steps: number): number {
  return Math.round((normaliseAngle(radians) / TURN) * steps) % steps;
}

export function fromSteps(value: number, steps: number): number {
  return (value / steps) * TURN;
}

export function ppiToPixelsPerCm(ppi: number): number {
  return Math.round(ppi / CM_PER_INCH);
}

export function pixelsPerCmToPpi(pixelsPerCm: number): number {
  return pixelsPerCm * CM_PER_INCH;
}
