// Typed failures for the image codecs. Messages name the format so an
// examiner sees which image of a transaction failed and why.
import { RidgelineError } from '../../../preload/shared/errors';
import { MAX_PIXELS, type ImageFormat } from './types';

export function corrupt(format: ImageFormat, message: string, details: Record<string, unknown> = {}): RidgelineError {
  return new RidgelineError('bad-file', `${format.toUpperCase()}: ${message}`, { format, ...details });
}

export function unsupported(format: ImageFormat, message: string, details: Record<string, unknown> = {}): RidgelineError {
  return new RidgelineError('unsupported', `${format.toUpperCase()}: ${message}`, { format, ...details });
}

/** Validates image dimensions before anything is allocated for them. */
export function checkDimensions(format: ImageFormat, width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw corrupt(format, `invalid image size ${width}x${height}`);
  }
  if (width * height > MAX_PIXELS) throw unsupported(format, `image of ${width}x${height} pixels exceeds the size limit`);
}

/** Pixels per metre (PNG pHYs, BMP) to pixels per inch, or undefined when unusable. */
export function ppiFromPerMetre(perMetre: number): number | undefined {
  if (!Number.isFinite(perMetre) || perMetre <= 0) return undefined;
  return Math.round(perMetre * 0.0254);
}
