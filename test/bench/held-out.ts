// Figures measured on data that was not used to set them: leave-one-database-
// out thresholds (fitted on every other database, applied to the one left
// out) and the product's threshold hint checked on each database.
import { fnmrAtFmr } from '../../main/core/matching';
import { ScoreSets } from '../../main/core/matching/error-rates';

export interface Scores {
  name: string;
  genuine: number[];
  extended: number[];
}

export interface AppliedThreshold {
  /** FMR the threshold was set for (on the tuning data), e.g. 0.001. */
  target: number;
  threshold: number;
  /** Measured on the held-out database's extended impostors and genuine pairs. */
  fmr: number;
  fnmr: number;
}

export interface LeaveOneOut {
  heldOut: string;
  tunedOn: string[];
  atFmr1: AppliedThreshold;
  atFmr01: AppliedThreshold;
}

function apply(target: number, threshold: number, held: Scores): AppliedThreshold {
  const sets = new ScoreSets(held.genuine, held.extended);
  return { target, threshold, fmr: sets.fmr(threshold), fnmr: sets.fnmr(threshold) };
}

/** For each database: thresholds for FMR 1% and 0.1% fitted on all the others, measured on it. */
export function leaveOneOut(databases: readonly Scores[]): LeaveOneOut[] {
  if (databases.length < 2) return [];
  return databases.map((held) => {
    const others = databases.filter((d) => d !== held);
    const genuine = others.flatMap((d) => d.genuine);
    const extended = others.flatMap((d) => d.extended);
    const fitted = (target: number) => apply(target, fnmrAtFmr(genuine, extended, target).threshold, held);
    return { heldOut: held.name, tunedOn: others.map((d) => d.name), atFmr1: fitted(0.01), atFmr01: fitted(0.001) };
  });
}

export interface HintCheck {
  /** The product's thresholds: score 20 is documented as FMR 1%, 30 (the match threshold) as 0.1%. */
  atFmr1: AppliedThreshold;
  atFmr01: AppliedThreshold;
  /** Measured FMR / documented FMR at the match threshold; the goal is 0.5..2. */
  ratio: number;
}

export function checkThresholdHint(scores: Scores, matchThreshold: number): HintCheck {
  const atFmr01 = apply(0.001, matchThreshold, scores);
  return { atFmr1: apply(0.01, matchThreshold - 10, scores), atFmr01, ratio: atFmr01.fmr / 0.001 };
}
