// Weekly volume anomaly rule (IBIS PIA: request volume is tracked by category
// code each week so that "anomalies in search trends" stand out). The rule is
// deliberately simple enough to state in one sentence on screen, and robust to
// the one odd week that a mean and standard deviation would chase:
//
//   a week is flagged when its count differs from the median of the 8 weeks
//   before it by more than 3 median absolute deviations (the deviation floored
//   at 1 request, so a flat history does not flag a change of one), and only
//   once at least 4 earlier weeks exist.

export const ANOMALY_RULE = {
  trailingWeeks: 8,
  minimumHistory: 4,
  deviations: 3,
  deviationFloor: 1,
} as const;

export const ANOMALY_RULE_TEXT =
  `A week is flagged when its request count differs from the median of the ${ANOMALY_RULE.trailingWeeks} ` +
  `preceding weeks by more than ${ANOMALY_RULE.deviations} median absolute deviations (deviation at least ` +
  `${ANOMALY_RULE.deviationFloor} request), once at least ${ANOMALY_RULE.minimumHistory} preceding weeks exist.`;

export interface WeekAssessment {
  count: number;
  /** Median of the trailing weeks, or null while history is too short. */
  baseline: number | null;
  /** Median absolute deviation of the trailing weeks (before the floor), or null. */
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
    const deviation = median(trailing.map((value) => Math.abs(value - baseline)));
    const limit = ANOMALY_RULE.deviations * Math.max(deviation, ANOMALY_RULE.deviationFloor);
    return { count, baseline, deviation, anomalous: Math.abs(count - baseline) > limit };
  });
}
