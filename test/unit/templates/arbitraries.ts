// fast-check generators of templates the codecs must carry.
import fc from 'fast-check';
import type { Minutia, Template } from '../../../preload/shared/fingerprint';

export const minutia = (maxCoordinate: number): fc.Arbitrary<Minutia> =>
  fc.record({
    x: fc.double({ min: 0, max: maxCoordinate, noNaN: true }),
    y: fc.double({ min: 0, max: maxCoordinate, noNaN: true }),
    direction: fc.double({ min: 0, max: 2 * Math.PI, maxExcluded: true, noNaN: true }),
    type: fc.constantFrom('ending' as const, 'bifurcation' as const, 'other' as const),
    quality: fc.integer({ min: 0, max: 100 }),
  });

export const template = (options: { maxCoordinate?: number; maxMinutiae?: number } = {}): fc.Arbitrary<Template> =>
  fc.record({
    width: fc.integer({ min: 1, max: 4000 }),
    height: fc.integer({ min: 1, max: 4000 }),
    ppi: fc.constantFrom(500, 569, 1000, 333.33),
    minutiae: fc.array(minutia(options.maxCoordinate ?? 4000), { maxLength: options.maxMinutiae ?? 120 }),
  });

/** Smallest difference of two angles in radians. */
export function angleGap(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return Math.min(d, 2 * Math.PI - d);
}
