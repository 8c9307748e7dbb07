// Equal error rate exactly as FVC2000 defines it (Maio et al., and
// ../shared/fpdata/README.md), over thresholds taken from the observed scores:
//   t1 = max{t : FNMR(t) <= FMR(t)},  t2 = min{t : FNMR(t) >= FMR(t)}
//   [low, high] = [FNMR(t1), FMR(t1)] if FNMR(t1) + FMR(t1) <= FMR(t2) + FNMR(t2)
//                 else [FMR(t2), FNMR(t2)]
//   EER = (low + high) / 2
// Reporting the interval as well shows how far the discrete curves are from crossing.
import { ScoreSets } from './error-rates';

export interface EqualErrorRate {
  eer: number;
  low: number;
  high: number;
  t1: number;
  t2: number;
}

export function equalErrorRate(genuine: readonly number[], impostor: readonly number[]): EqualErrorRate {
  const sets = new ScoreSets(genuine, impostor);
  const thresholds = sets.thresholds();
  let t1 = thresholds[0]!;
  let t2 = thresholds[thresholds.length - 1]!;
  let t2Found = false;
  // FNMR grows and FMR falls with t, so the t1 set is a prefix and the t2 set a suffix.
  for (const t of thresholds) {
    const fnmr = sets.fnmr(t);
    const fmr = sets.fmr(t);
    if (fnmr <= fmr) t1 = t;
    if (!t2Found && fnmr >= fmr) {
      t2 = t;
      t2Found = true;
    }
  }
  const fnmr1 = sets.fnmr(t1);
  const fmr1 = sets.fmr(t1);
  const fnmr2 = sets.fnmr(t2);
  const fmr2 = sets.fmr(t2);
  const [low, high] = fnmr1 + fmr1 <= fmr2 + fnmr2 ? [fnmr1, fmr1] : [fmr2, fnmr2];
  return { eer: (low + high) / 2, low, high, t1, t2 };
}
