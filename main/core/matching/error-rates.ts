// False match and false non-match rates of a score set at threshold t, with
// the FVC convention: a comparison "matches" when its score is >= t.
//   FMR(t)  = share of impostor scores >= t
//   FNMR(t) = share of genuine scores  <  t
import { RidgelineError } from '../errors';

export class ScoreSets {
  readonly genuine: Float64Array;
  readonly impostor: Float64Array;

  constructor(genuine: readonly number[], impostor: readonly number[]) {
    if (genuine.length === 0 || impostor.length === 0) {
      throw new RidgelineError('invalid-argument', 'error rates need at least one genuine and one impostor score');
    }
    if ([...genuine, ...impostor].some((s) => Number.isNaN(s))) throw new RidgelineError('invalid-argument', 'scores must not be NaN');
    this.genuine = Float64Array.from(genuine).sort();
    this.impostor = Float64Array.from(impostor).sort();
  }

  fmr(t: number): number {
    return (this.impostor.length - countBelow(this.impostor, t)) / this.impostor.length;
  }

  fnmr(t: number): number {
    return countBelow(this.genuine, t) / this.genuine.length;
  }

  /** The thresholds the FVC definitions range over: every observed score plus one above the highest. */
  thresholds(): number[] {
    const all = Float64Array.from([...this.genuine, ...this.impostor]).sort();
    const distinct: number[] = [];
    for (const s of all) if (distinct.length === 0 || distinct[distinct.length - 1] !== s) distinct.push(s);
    const highest = distinct[distinct.length - 1]!;
    distinct.push(Number.isFinite(highest) ? highest + Math.max(1, Math.abs(highest)) : Number.POSITIVE_INFINITY);
    return distinct;
  }
}

/** Number of entries of ascending `sorted` strictly below t (binary search). */
function countBelow(sorted: Float64Array, t: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < t) low = mid + 1;
    else high = mid;
  }
  return low;
}
