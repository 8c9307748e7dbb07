// The calibrated decision threshold of the comparison stage: scores at or
// above it are suggested as matches (the examiner decides). Read from the
// addon so the number lives in one place, next to the calibration.
import { nativeMatcher } from './native';

/** The threshold; undefined only from a build without a usable value. */
export function matchThreshold(): number | undefined {
  const value = nativeMatcher().matchThreshold;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function thresholdIfLoadable(): number | undefined {
  try {
    return matchThreshold();
  } catch {
    // Addon not built: importing this package must still work (e.g. for types).
    return undefined;
  }
}

/** The same threshold as a constant, read once when this module loads. */
export const MATCH_THRESHOLD: number | undefined = thresholdIfLoadable();
