// The calibrated decision threshold of the comparison stage: scores at or
// above it are suggested as matches (the examiner decides). Read from the
// addon so the number lives in one place, next to the calibration.
//
// Calibration data (src/matcher/compare/calibration.h): FVC2002 DB1_B..DB4_B
// extended impostors pooled (11,520 pairs); score 30 = FMR 0.1% there, 20 = 1%.
// Measured per database it is not uniform: at 30, FVC2002 DB1 0.00%, DB2
// 0.07%, DB3 0.03%, DB4 0.24%; generated sensor sets (npm run bench:sensors)
// large 0.00%, small 0.00%, sweep 0.03%, wet 0.00%, dry 0.00%, 1000 ppi 0.14%,
// rotated partial 0.62%. Read it as "about 0.1%, lower on clean full prints and
// higher on small rotated partials"; `npm run bench:matcher` prints the
// figure for any data (see native-matcher/README.md).
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
