import { describe, expect, it } from 'vitest';
import { extendedImpostorPairs, fvcImpostorPairs, genuinePairs, type Impression } from '../../../main/core/matching';

// One FVC2002 "B" database: fingers 101..110, impressions 1..8.
const database: Impression[] = [];
for (let finger = 101; finger <= 110; finger++) for (let impression = 1; impression <= 8; impression++) database.push({ finger, impression });

describe('FVC protocol pairs', () => {
  it('has 280 genuine, 45 FVC impostor and 2,880 extended impostor pairs per database', () => {
    expect(genuinePairs(database)).toHaveLength(280);
    expect(fvcImpostorPairs(database)).toHaveLength(45);
    expect(extendedImpostorPairs(database)).toHaveLength(2880);
  });

  it('pairs genuine impressions i<j of one finger and impostors a<b across fingers', () => {
    for (const { a, b } of genuinePairs(database)) {
      expect(a.finger).toBe(b.finger);
      expect(a.impression).toBeLessThan(b.impression);
    }
    for (const { a, b } of fvcImpostorPairs(database)) {
      expect([a.impression, b.impression]).toEqual([1, 1]);
      expect(a.finger).toBeLessThan(b.finger);
    }
    for (const { a, b } of extendedImpostorPairs(database)) expect(a.finger).toBeLessThan(b.finger);
  });

  it('does not depend on input order and refuses duplicates', () => {
    const shuffled = [...database].reverse();
    expect(fvcImpostorPairs(shuffled)).toEqual(fvcImpostorPairs(database));
    expect(() => genuinePairs([...database, { finger: 101, impression: 1 }])).toThrow(/twice/);
  });
});
