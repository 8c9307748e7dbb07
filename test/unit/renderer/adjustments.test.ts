import { describe, expect, it } from 'vitest';
import { adjustGray, clahe, describeAdjustments, levelTable, NEUTRAL } from '../../../renderer/src/canvas/image/adjustments';

const ramp = (width: number, height: number) => {
  const gray = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) gray[y * width + x] = Math.round((x / (width - 1)) * 100) + 60;
  return gray;
};

describe('display adjustments', () => {
  it('leave the levels as they are when neutral, and never modify the input', () => {
    const gray = ramp(64, 32);
    const copy = gray.slice();
    expect(Array.from(levelTable(NEUTRAL))).toEqual(Array.from({ length: 256 }, (_, i) => i));
    expect(adjustGray(gray, 64, 32, NEUTRAL)).toEqual(copy);
    adjustGray(gray, 64, 32, { ...NEUTRAL, invert: true, clahe: true, gamma: 2 });
    expect(gray).toEqual(copy);
  });

  it('invert, brightness, contrast and gamma move levels the expected way', () => {
    expect(levelTable({ ...NEUTRAL, invert: true })[0]).toBe(255);
    expect(levelTable({ ...NEUTRAL, brightness: 0.2 })[100]).toBeGreaterThan(100);
    const contrast = levelTable({ ...NEUTRAL, contrast: 0.5 });
    expect(contrast[64]).toBeLessThan(64);
    expect(contrast[192]).toBeGreaterThan(192);
    expect(levelTable({ ...NEUTRAL, gamma: 2 })[64]).toBeGreaterThan(64);
  });

  it('CLAHE spreads a narrow range of levels', () => {
    const gray = ramp(128, 128);
    const out = clahe(gray, 128, 128);
    const range = (a: Uint8Array) => Math.max(...a) - Math.min(...a);
    expect(range(out)).toBeGreaterThan(range(gray));
  });

  it('describes what was applied, for the bench notes', () => {
    expect(describeAdjustments(NEUTRAL)).toBe('none');
    expect(describeAdjustments({ ...NEUTRAL, invert: true, clahe: true, contrast: 0.25 })).toBe('contrast +25%, CLAHE, inverted');
  });
});
