// FNMR at a false-match-rate ceiling ("FNMR at FMR <= 1%"): among the observed
// thresholds whose FMR does not exceed the ceiling, the lowest one, which has
// the lowest FNMR since FNMR only grows with the threshold.
import { RidgelineError } from '../errors';
import { ScoreSets } from './error-rates';

export interface OperatingPoint {
  /** The FMR ceiling asked for, e.g. 0.01. */
  maxFmr: number;
  threshold: number;
  fmr: number;
  fnmr: number;
}

export function fnmrAtFmr(genuine: readonly number[], impostor: readonly number[], maxFmr: number): OperatingPoint {
  if (!(maxFmr >= 0 && maxFmr <= 1)) throw new RidgelineError('invalid-argument', `FMR ceiling ${maxFmr} is not in 0..1`);
  const sets = new ScoreSets(genuine, impostor);
  // The threshold above every score has FMR 0, so a qualifying threshold always exists.
  const threshold = sets.thresholds().find((t) => sets.fmr(t) <= maxFmr)!;
  return { maxFmr, threshold, fmr: sets.fmr(threshold), fnmr: sets.fnmr(threshold) };
}
