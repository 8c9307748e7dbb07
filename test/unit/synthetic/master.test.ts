import { describe, expect, it } from 'vitest';
import { RidgelineError } from '../../../main/core/errors';
import { generateMasterFinger, patternClasses } from '../../../main/core/synthetic';
import { isRidgeAt, looksLikeMinutia, share } from './geometry';

const RIDGE = 140; // renderClean draws ridges below mid-gray (140) and valleys above it

describe('generateMasterFinger', () => {
  it('is reproducible: the same seed gives the same bytes and ground truth', () => {
    const a = generateMasterFinger({ seed: 42 });
    const b = generateMasterFinger({ seed: 42 });
    expect(Buffer.from(a.image.pixels).equals(Buffer.from(b.image.pixels))).toBe(true);
    expect(a.minutiae).toEqual(b.minutiae);
    expect(a.cores).toEqual(b.cores);
    expect(a.pattern).toBe(b.pattern);
    const c = generateMasterFinger({ seed: 43, pattern: a.pattern });
    expect(Buffer.from(a.image.pixels).equals(Buffer.from(c.image.pixels))).toBe(false);
  });

  it.each(patternClasses)('makes a %s with its singular points and a realistic minutia count', (pattern) => {
    const finger = generateMasterFinger({ seed: 7, pattern });
    const expected = { arch: [0, 0], 'tented-arch': [1, 1], 'left-loop': [1, 1], 'right-loop': [1, 1], whorl: [2, 2] }[pattern];
    expect([finger.cores.length, finger.deltas.length]).toEqual(expected);
    // Full rolled-size fingertips carry some 40-100 minutiae.
    expect(finger.minutiae.length).toBeGreaterThanOrEqual(30);
    expect(finger.minutiae.length).toBeLessThanOrEqual(130);
    const endings = finger.minutiae.filter((m) => m.type === 'ending').length;
    expect(endings / finger.minutiae.length).toBeGreaterThan(0.2);
    expect(endings / finger.minutiae.length).toBeLessThan(0.8);
  });

  it('places left-loop deltas right of the core and right-loop deltas left of it', () => {
    for (let seed = 0; seed < 4; seed++) {
      const left = generateMasterFinger({ seed, pattern: 'left-loop' });
      const right = generateMasterFinger({ seed, pattern: 'right-loop' });
      expect(left.deltas[0]!.x).toBeGreaterThan(left.cores[0]!.x);
      expect(right.deltas[0]!.x).toBeLessThan(right.cores[0]!.x);
    }
  });

  it('has a ridge period of about 9 px at 500 ppi', () => {
    const finger = generateMasterFinger({ seed: 3, pattern: 'arch' });
    // Count ridge crossings along the central column, inside the finger.
    const x = Math.round(finger.width / 2);
    let crossings = 0;
    let length = 0;
    let previous: boolean | null = null;
    for (let y = 0; y < finger.height; y++) {
      if (!finger.mask[y * finger.width + x]) continue;
      const ridge = isRidgeAt(finger.image, x, y, RIDGE);
      if (previous !== null && ridge !== previous) crossings++;
      previous = ridge;
      length++;
    }
    const period = (2 * length) / crossings;
    // Arch ridges cross a vertical line at close to right angles, so this is near the true period.
    expect(period).toBeGreaterThan(7.5);
    expect(period).toBeLessThan(11.5);
  });

  it('puts every ground-truth minutia on a ridge end or fork of the clean image, facing as types.ts says', () => {
    for (const pattern of patternClasses) {
      const finger = generateMasterFinger({ seed: 11, pattern });
      for (const m of finger.minutiae) {
        expect(finger.mask[Math.round(m.y) * finger.width + Math.round(m.x)]).toBe(1);
        expect(isRidgeAt(finger.image, m.x, m.y, RIDGE)).toBe(true);
        expect(m.direction).toBeGreaterThanOrEqual(0);
        expect(m.direction).toBeLessThan(2 * Math.PI);
      }
      // The local-geometry probe is coarse (fixed distances on a curved pattern): most, not all, must pass.
      expect(share(finger.minutiae.map((m) => looksLikeMinutia(finger.image, m, RIDGE)))).toBeGreaterThan(0.85);
    }
  });

  it('refuses bad options with a typed error', () => {
    expect(() => generateMasterFinger({ seed: -1 })).toThrow(RidgelineError);
    expect(() => generateMasterFinger({ seed: 1.5 })).toThrow(/seed/);
    expect(() => generateMasterFinger({ seed: 1, width: 10 })).toThrow(/width/);
    expect(() => generateMasterFinger({ seed: 1, pattern: 'spiral' as never })).toThrow(/pattern/);
  });
});
