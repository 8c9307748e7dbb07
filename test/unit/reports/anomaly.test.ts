import { describe, expect, it } from 'vitest';
import { assessWeeks, median } from '../../../main/core/reports/anomaly';

const flagged = (counts: number[]) =>
  assessWeeks(counts)
    .map((week, index) => (week.anomalous ? index : -1))
    .filter((index) => index >= 0);

describe('weekly volume anomaly rule', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('flags nothing on a steady series, nor while history is short', () => {
    expect(flagged([10, 11, 9, 10, 12, 10, 9, 11, 10, 10, 11, 9])).toEqual([]);
    expect(flagged([1, 50, 1, 50])).toEqual([]);
  });

  it('flags a planted spike and only that week', () => {
    const series = [20, 22, 19, 21, 20, 23, 18, 21, 20, 22, 95, 21, 20, 19, 22];
    expect(flagged(series)).toEqual([10]);
  });

  it('flags a collapse in volume as well as a surge', () => {
    expect(flagged([40, 42, 38, 41, 40, 39, 43, 40, 41, 2, 40])).toEqual([9]);
  });

  it('does not flag the natural spread of counts on a flat history (deviation floor)', () => {
    // Median 16: the floor is sqrt(16) = 4, so the limit is 14 either side.
    expect(flagged([16, 16, 16, 16, 16, 16, 16, 16, 24, 9, 30, 16])).toEqual([]);
    expect(flagged([16, 16, 16, 16, 16, 16, 16, 16, 31])).toEqual([8]);
    expect(flagged([16, 16, 16, 16, 16, 16, 16, 16, 1])).toEqual([8]);
  });

  it('never flags on fewer than 1 request of deviation at low volume', () => {
    expect(flagged([0, 0, 0, 0, 0, 0, 0, 0, 3])).toEqual([]);
    expect(flagged([0, 0, 0, 0, 0, 0, 0, 0, 4])).toEqual([8]);
  });

  it('uses only the 8 preceding weeks, so an old burst ages out', () => {
    const series = [100, 100, 100, 100, 100, 100, 100, 100, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10];
    const result = assessWeeks(series);
    expect(result[8]!.anomalous).toBe(true);
    expect(result[17]!.baseline).toBe(10);
    expect(result[17]!.anomalous).toBe(false);
  });

  it('counts weeks with no requests as zero, not as missing', () => {
    expect(flagged([0, 0, 0, 0, 12, 0, 0, 0, 0, 12])).toEqual([4, 9]);
  });
});
