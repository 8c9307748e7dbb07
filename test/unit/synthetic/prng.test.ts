import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../main/core/synthetic';

describe('createRandom', () => {
  it('repeats its stream for a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const r = createRandom(seed);
      return Array.from({ length: 50 }, () => r.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('stays in range and is roughly uniform and normal', () => {
    const r = createRandom(1);
    const n = 20_000;
    let sum = 0;
    let sumSquares = 0;
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < n; i++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      buckets[Math.floor(u * 10)]!++;
      const z = r.normal();
      sum += z;
      sumSquares += z * z;
    }
    for (const count of buckets) expect(Math.abs(count - n / 10)).toBeLessThan(n / 10 / 8);
    expect(Math.abs(sum / n)).toBeLessThan(0.05);
    expect(Math.abs(sumSquares / n - 1)).toBeLessThan(0.05);
    for (let i = 0; i < 1000; i++) {
      const k = r.int(3, 5);
      expect([3, 4, 5]).toContain(k);
    }
  });

  it('forks independent, reproducible streams', () => {
    const a = createRandom(99);
    const b = createRandom(99);
    const fa = a.fork();
    const fb = b.fork();
    expect(fa.next()).toBe(fb.next());
    expect(a.next()).toBe(b.next());
    expect(fa.next()).not.toBe(a.next());
  });
});
