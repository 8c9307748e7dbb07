// Unit conversions shared by the Type-9 blocks.
const TWO_PI = 2 * Math.PI;

export const normalizeAngle = (radians: number): number => ((radians % TWO_PI) + TWO_PI) % TWO_PI;
export const degreesToRadians = (degrees: number): number => normalizeAngle((degrees * Math.PI) / 180);
export const radiansToDegrees = (radians: number): number => (normalizeAngle(radians) * 180) / Math.PI;

/** EFS and the NIST standard block measure in 10 µm (0.01 mm) units. */
const UNITS_PER_INCH = 2540;
export const unitsToPixels = (units: number, ppi: number): number => (units * ppi) / UNITS_PER_INCH;
export const pixelsToUnits = (pixels: number, ppi: number): number => Math.round((pixels * UNITS_PER_INCH) / ppi);

/** Parses an integer item; NaN marks a malformed value for the caller to report. */
export const int = (text: string | undefined): number => (text !== undefined && /^\s*[+-]?\d+\s*$/.test(text) ? Number.parseInt(text, 10) : Number.NaN);
