import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalErrorRate, fnmrAtFmr, ScoreSets } from '../../../main/core/matching';

describe('FMR and FNMR', () => {
  it('use score >= t as a match', () => {
    const sets = new ScoreSets([1, 2, 3, 4], [0, 1, 2]);
    expect(sets.fnmr(3)).toBe(0.5); // 1 and 2 fall below
    expect(sets.fmr(2)).toBeCloseTo(1 / 3); // only the impostor scoring 2
    expect(sets.fmr(0)).toBe(1);
    expect(sets.thresholds()).toEqual([0, 1, 2, 3, 4, 8]);
  });
});

describe('equal error rate (FVC2000 definition)', () => {
  it('is 0 for perfectly separated scores', () => {
    expect(equalErrorRate([5, 6, 7], [1, 2, 3]).eer).toBe(0);
  });

  it('is 1 when every impostor outscores every genuine', () => {
    expect(equalErrorRate([1, 2], [5, 6]).eer).toBe(1);
  });

  it('matches a hand-worked example', () => {
    // genuine 1..10, impostors 0, 0, 0, 6. At t=6: FNMR 5/10, FMR 1/4 -> t1 is 1 (FNMR 0 <= FMR 1/4 ... )
    const result = equalErrorRate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [0, 0, 0, 6]);
    // Thresholds where FNMR <= FMR: t in {0,1,2,3} (FNMR 0,0,.1,.2 vs FMR 1,.25,.25,.25); t1 = 3.
    // t2 is the first t with FNMR >= FMR: t = 4 (FNMR .3 >= .25).
    expect(result.t1).toBe(3);
    expect(result.t2).toBe(4);
    // FNMR(t1)+FMR(t1) = .45 > FMR(t2)+FNMR(t2) = .55? No: .45 <= .55, so [low, high] = [FNMR(t1), FMR(t1)] = [.2, .25].
    expect(result.low).toBeCloseTo(0.2);
    expect(result.high).toBeCloseTo(0.25);
    expect(result.eer).toBeCloseTo(0.225);
  });

  const scores = fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 1, maxLength: 60 });

  it('lies in [0, 1] with low <= high', () => {
    fc.assert(
      fc.property(scores, scores, (genuine, impostor) => {
        const { eer, low, high } = equalErrorRate(genuine, impostor);
        expect(eer).toBeGreaterThanOrEqual(0);
        expect(eer).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(high + 1e-12);
      }),
    );
  });

  it('is unchanged by any strictly increasing recalibration of the scores', () => {
    // Integer scores keep the warp strictly increasing in floating point too.
    const whole = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(whole, whole, (genuine, impostor) => {
        const warp = (s: number) => Math.atan(s / 100) * 7 + 3;
        expect(equalErrorRate(genuine.map(warp), impostor.map(warp)).eer).toBeCloseTo(equalErrorRate(genuine, impostor).eer, 12);
      }),
    );
  });
});

describe('FNMR at an FMR ceiling', () => {
  it('takes the lowest threshold whose FMR is within the ceiling', () => {
    const impostor = Array.from({ length: 100 }, (_, i) => i); // 0..99
    const genuine = [50, 98.5, 99.5, 100, 120];
    const point = fnmrAtFmr(genuine, impostor, 0.01);
    // Observed genuine 98.5 is a threshold too: only the impostor 99 reaches it (FMR 1/100).
    expect(point.threshold).toBe(98.5);
    expect(point.fmr).toBeCloseTo(0.01);
    expect(point.fnmr).toBeCloseTo(1 / 5); // only 50 falls below
    const strict = fnmrAtFmr(genuine, impostor, 0);
    expect(strict.threshold).toBe(99.5); // the first threshold no impostor reaches
    expect(strict.fnmr).toBeCloseTo(2 / 5);
  });

  it('never rises when the ceiling is relaxed', () => {
    const scores = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 50 });
    fc.assert(
      fc.property(scores, scores, (genuine, impostor) => {
        expect(fnmrAtFmr(genuine, impostor, 0.01).fnmr).toBeGreaterThanOrEqual(fnmrAtFmr(genuine, impostor, 0.1).fnmr);
        expect(fnmrAtFmr(genuine, impostor, 0.001).fmr).toBeLessThanOrEqual(0.001);
      }),
    );
  });

  it('refuses empty score sets, NaN and ceilings outside 0..1', () => {
    expect(() => equalErrorRate([], [1])).toThrow();
    expect(() => equalErrorRate([Number.NaN], [1])).toThrow();
    expect(() => fnmrAtFmr([1], [1], 2)).toThrow();
  });
});
