import { describe, expect, it } from 'vitest';
import { RidgelineError } from '../../../main/core/errors';
import { generateMasterFinger, renderImpression, VISIBLE_MARGIN } from '../../../main/core/synthetic';
import { continuingRidge, isRidgeAt, isRidgeNear, share } from './geometry';

// One master shared by the tests: generating is the expensive part.
const master = generateMasterFinger({ seed: 2024, pattern: 'right-loop' });
const clean = { noise: 0, blur: 0, dryness: 0, pressure: 0, contrast: 1 };

function angleGap(a: number, b: number): number {
  const d = Math.abs((((a - b) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI));
  return Math.min(d, 2 * Math.PI - d);
}

/** Mid-gray between the impression's background and its darkest ink. */
const inkThreshold = (contrast: number) => 238 - (225 * contrast) / 2;

describe('renderImpression', () => {
  it('is reproducible and seed-dependent', () => {
    const options = { seed: 5, rotation: 0.3, dx: 10, dy: -5, visibleFraction: 0.7, noise: 6, dryness: 0.3 };
    const a = renderImpression(master, options);
    const b = renderImpression(master, options);
    expect(Buffer.from(a.image.pixels).equals(Buffer.from(b.image.pixels))).toBe(true);
    expect(a.minutiae).toEqual(b.minutiae);
    const c = renderImpression(master, { ...options, seed: 6 });
    expect(Buffer.from(a.image.pixels).equals(Buffer.from(c.image.pixels))).toBe(false);
  });

  it('moves ground truth exactly with a rigid placement', () => {
    const rotation = 0.7;
    const [dx, dy] = [12, -8];
    const imp = renderImpression(master, { seed: 1, ...clean, rotation, dx, dy, distortion: 0 });
    const [cx, cy] = [master.width / 2, master.height / 2];
    expect(imp.minutiae.length).toBeGreaterThan(20);
    imp.minutiae.forEach((m, k) => {
      const source = master.minutiae[imp.masterIndex[k]!]!;
      const u = source.x - cx;
      const v = source.y - cy;
      // Screen-CCW rotation with y down: (u, v) -> (u cos + v sin, -u sin + v cos).
      expect(m.x).toBeCloseTo(cx + dx + u * Math.cos(rotation) + v * Math.sin(rotation), 6);
      expect(m.y).toBeCloseTo(cy + dy - u * Math.sin(rotation) + v * Math.cos(rotation), 6);
      expect(angleGap(m.direction, source.direction + rotation)).toBeLessThan(1e-6);
      expect(m.type).toBe(source.type);
    });
  });

  it('keeps minutiae on the ridges of the distorted, rotated image', () => {
    for (const [seed, rotation] of [[2, 2.2], [3, -1.1], [4, Math.PI]] as const) {
      const imp = renderImpression(master, { seed, ...clean, rotation, dx: -15, dy: 10, distortion: 5 });
      const threshold = inkThreshold(1);
      expect(share(imp.minutiae.map((m) => isRidgeNear(imp.image, m.x, m.y, threshold)))).toBeGreaterThan(0.95);
      // Direction: the continuing ridge lies where the convention puts it.
      const ahead = imp.minutiae.map((m) => {
        const p = continuingRidge(m, 4);
        return isRidgeNear(imp.image, p.x, p.y, threshold);
      });
      expect(share(ahead)).toBeGreaterThan(0.9);
    }
  });

  it('shows only the requested share of the finger and drops minutiae outside it', () => {
    const full = renderImpression(master, { seed: 9, ...clean, distortion: 0 });
    const partial = renderImpression(master, { seed: 9, ...clean, distortion: 0, visibleFraction: 0.6 });
    const area = (roi: typeof full.roi) => roi.foreground.reduce((n, v) => n + v, 0);
    expect(area(partial.roi) / area(full.roi)).toBeGreaterThan(0.5);
    expect(area(partial.roi) / area(full.roi)).toBeLessThan(0.7);
    expect(partial.minutiae.length).toBeLessThan(full.minutiae.length);
    expect(partial.minutiae.length).toBeGreaterThan(0);
  });

  it('keeps every ground-truth point inside the image, the visible area and the ROI', () => {
    const imp = renderImpression(master, { seed: 12, rotation: 4, dx: 90, dy: 60, visibleFraction: 0.8, width: 320, height: 300 });
    expect(imp.image.width).toBe(320);
    expect(imp.image.height).toBe(300);
    expect(imp.image.pixels.length).toBe(320 * 300);
    expect(imp.roi.columns * imp.roi.blockSize).toBeGreaterThanOrEqual(320);
    for (const m of imp.minutiae) {
      expect(m.x).toBeGreaterThanOrEqual(VISIBLE_MARGIN);
      expect(m.y).toBeGreaterThanOrEqual(VISIBLE_MARGIN);
      expect(m.x).toBeLessThan(320 - VISIBLE_MARGIN);
      expect(m.y).toBeLessThan(300 - VISIBLE_MARGIN);
      expect(Number.isInteger(m.quality) && m.quality >= 0 && m.quality <= 100).toBe(true);
      const block = Math.floor(m.y / imp.roi.blockSize) * imp.roi.columns + Math.floor(m.x / imp.roi.blockSize);
      expect(imp.roi.foreground[block]).toBe(1);
    }
    for (const p of [...imp.cores, ...imp.deltas]) {
      expect(p.x >= 0 && p.y >= 0 && p.x < 320 && p.y < 300).toBe(true);
    }
  });

  it('makes ridges thicker under heavy pressure and thinner under light pressure', () => {
    const darkShare = (pressure: number) => {
      const imp = renderImpression(master, { seed: 1, ...clean, pressure, distortion: 0 });
      const threshold = inkThreshold(1);
      let dark = 0;
      let inside = 0;
      imp.roi.foreground.forEach((fg, b) => {
        if (!fg) return;
        const bx = (b % imp.roi.columns) * 16;
        const by = Math.floor(b / imp.roi.columns) * 16;
        for (let y = by; y < by + 16; y++) for (let x = bx; x < bx + 16; x++) {
          inside++;
          if (isRidgeAt(imp.image, x, y, threshold)) dark++;
        }
      });
      return dark / inside;
    };
    expect(darkShare(0.8)).toBeGreaterThan(darkShare(0) + 0.05);
    expect(darkShare(-0.8)).toBeLessThan(darkShare(0) - 0.05);
  });

  it('refuses bad options with a typed error', () => {
    expect(() => renderImpression(master, { seed: 1, visibleFraction: 0 })).toThrow(RidgelineError);
    expect(() => renderImpression(master, { seed: 1, noise: -1 })).toThrow(/noise/);
    expect(() => renderImpression(master, { seed: 1, rotation: Number.NaN })).toThrow(/rotation/);
    expect(() => renderImpression(master, { seed: 1, width: 10.5 })).toThrow(/width/);
  });
});
