// The comparison stage on synthetic fingers with ground truth (H8's generator):
// any rotation, shifts, 60% partial prints, other resolutions; pairs must be
// true correspondences, scores symmetric and calibrated against the exported
// threshold. Minutiae come from the generator's ground truth, disturbed the
// way extraction disturbs them (missed, spurious, displaced), so these tests
// measure comparison alone; extraction has its own tests.
import { describe, expect, it } from 'vitest';
import { generateMasterFinger, renderImpression, type MasterFinger } from '../../main/core/synthetic';
import { compare, MATCH_THRESHOLD, type ComparisonResult, type Minutia, type Template } from '../../native-matcher';
import { codeOf, seeded } from './matcher-fixtures';

interface Observed {
  template: Template;
  /** Index of each minutia in its master finger, or -1 for a spurious one. */
  origin: number[];
}

const TWO_PI = 2 * Math.PI;

/** One impression's minutiae as an imperfect extractor would report them. */
function observe(
  master: MasterFinger,
  seed: number,
  placement: { rotation: number; dx: number; dy: number; visibleFraction?: number },
): Observed {
  const impression = renderImpression(master, { seed, ...placement });
  const next = seeded(seed * 7919);
  const minutiae: Minutia[] = [];
  const origin: number[] = [];
  impression.minutiae.forEach((m, k) => {
    if (next() < 0.12) return; // missed
    minutiae.push({
      ...m,
      x: m.x + (next() - 0.5) * 4,
      y: m.y + (next() - 0.5) * 4,
      direction: (((m.direction + (next() - 0.5) * 0.2) % TWO_PI) + TWO_PI) % TWO_PI,
    });
    origin.push(impression.masterIndex[k] ?? -1);
  });
  const { width, height } = impression.image;
  const spurious = Math.round(minutiae.length * 0.1);
  for (let k = 0; k < spurious; k++) {
    minutiae.push({ x: next() * width, y: next() * height, direction: next() * TWO_PI, type: 'ending', quality: 40 });
    origin.push(-1);
  }
  return { template: { width, height, ppi: impression.image.ppi, minutiae }, origin };
}

/** The same template at another resolution (coordinates scaled, ppi declared). */
function atResolution(t: Template, ppi: number): Template {
  const s = ppi / t.ppi;
  return {
    width: Math.round(t.width * s),
    height: Math.round(t.height * s),
    ppi,
    minutiae: t.minutiae.map((m) => ({ ...m, x: m.x * s, y: m.y * s })),
  };
}

function trueShare(result: ComparisonResult, a: Observed, b: Observed): number {
  const correct = result.pairs.filter((p) => {
    const o = a.origin[p.probe];
    return o !== undefined && o >= 0 && o === b.origin[p.candidate];
  }).length;
  return result.pairs.length === 0 ? 0 : correct / result.pairs.length;
}

/** Mean distance (candidate pixels) between paired candidate minutiae and their transformed probe partners. */
function alignmentError(result: ComparisonResult, probe: Template, candidate: Template): number {
  const { rotation, scale, dx, dy } = result.transform;
  const cos = Math.cos(rotation);
  const sin = Math.sin(rotation);
  let total = 0;
  for (const p of result.pairs) {
    const a = probe.minutiae[p.probe]!;
    const b = candidate.minutiae[p.candidate]!;
    const x = scale * (a.x * cos + a.y * sin) + dx;
    const y = scale * (-a.x * sin + a.y * cos) + dy;
    total += Math.hypot(x - b.x, y - b.y);
  }
  return total / Math.max(1, result.pairs.length);
}

describe('comparison on synthetic fingers', () => {
  const whorl = generateMasterFinger({ seed: 101, pattern: 'whorl' });
  const loop = generateMasterFinger({ seed: 202, pattern: 'right-loop' });
  const threshold = MATCH_THRESHOLD ?? Number.NaN;
  const reference = observe(whorl, 1, { rotation: 0, dx: 0, dy: 0 });

  it('exports a finite calibrated threshold', () => {
    expect(Number.isFinite(threshold)).toBe(true);
  });

  it.each([0.4, 1.3, 2.2, 3.1, 4.0, 4.9, 5.9])(
    'matches the same finger rotated by %f rad and shifted, with true pairs and the right transform',
    async (rotation) => {
      const moved = observe(whorl, 10 + Math.round(rotation * 10), { rotation, dx: 25, dy: -30 });
      const result = await compare(reference.template, moved.template);
      expect(result.score).toBeGreaterThanOrEqual(threshold);
      expect(result.pairs.length).toBeGreaterThanOrEqual(12);
      expect(trueShare(result, reference, moved)).toBeGreaterThan(0.9);
      expect(alignmentError(result, reference.template, moved.template)).toBeLessThan(10);
      const gap = Math.abs(((result.transform.rotation - rotation + 3 * Math.PI) % TWO_PI) - Math.PI);
      expect(gap).toBeLessThan(0.15);
    },
  );

  it('matches a partial print showing 60% of the finger', async () => {
    for (const seed of [31, 32, 33]) {
      const partial = observe(whorl, seed, { rotation: seed, dx: -20, dy: 15, visibleFraction: 0.6 });
      const result = await compare(partial.template, reference.template);
      expect(result.score).toBeGreaterThanOrEqual(threshold);
      expect(trueShare(result, partial, reference)).toBeGreaterThan(0.9);
    }
  });

  it('keeps different fingers below the threshold', async () => {
    for (const seed of [41, 42, 43]) {
      const other = observe(loop, seed, { rotation: seed * 0.9, dx: 10, dy: 10 });
      const partial = observe(loop, seed + 10, { rotation: seed, dx: 0, dy: 0, visibleFraction: 0.6 });
      expect((await compare(reference.template, other.template)).score).toBeLessThan(threshold);
      expect((await compare(partial.template, reference.template)).score).toBeLessThan(threshold);
    }
  });

  it('gives exactly the same score in both directions, with mirrored pairs and inverse transform', async () => {
    const moved = observe(whorl, 51, { rotation: 2.7, dx: 40, dy: 5, visibleFraction: 0.8 });
    const other = observe(loop, 52, { rotation: 1, dx: 0, dy: 0 });
    for (const b of [moved, other]) {
      const forward = await compare(reference.template, b.template);
      const backward = await compare(b.template, reference.template);
      expect(backward.score).toBe(forward.score);
      const mirrored = backward.pairs.map((p) => `${p.candidate}:${p.probe}`).sort();
      expect(mirrored).toEqual(forward.pairs.map((p) => `${p.probe}:${p.candidate}`).sort());
    }
    const forward = await compare(reference.template, moved.template);
    const backward = await compare(moved.template, reference.template);
    expect(alignmentError(backward, moved.template, reference.template)).toBeLessThan(10);
    expect(forward.transform.scale * backward.transform.scale).toBeCloseTo(1, 6);
  });

  it('compares prints of different resolutions in a common scale', async () => {
    const moved = observe(whorl, 61, { rotation: 0.8, dx: 10, dy: 20 });
    const same = await compare(reference.template, moved.template);
    for (const ppi of [569, 1000]) {
      const rescaled = atResolution(moved.template, ppi);
      const result = await compare(reference.template, rescaled);
      expect(result.score).toBeGreaterThanOrEqual(threshold);
      // Rounding to the common 500 ppi grid moves scores a little, not a lot.
      expect(Math.abs(result.score - same.score)).toBeLessThan(0.2 * same.score);
      expect(result.transform.scale).toBeCloseTo(ppi / 500, 6);
      expect(alignmentError(result, reference.template, rescaled)).toBeLessThan((10 * ppi) / 500);
      expect(trueShare(result, reference, moved)).toBeGreaterThan(0.9);
    }
  });

  it('does not depend on the order minutiae are listed in', async () => {
    const moved = observe(whorl, 71, { rotation: 3.5, dx: 0, dy: 0 });
    const shuffled: Template = { ...moved.template, minutiae: [...moved.template.minutiae].reverse() };
    const a = await compare(reference.template, moved.template);
    const b = await compare(reference.template, shuffled);
    expect(b.score).toBe(a.score);
  });

  it('scores empty and tiny templates as non-matches instead of failing', async () => {
    const empty: Template = { ...reference.template, minutiae: [] };
    const one: Template = { ...reference.template, minutiae: reference.template.minutiae.slice(0, 1) };
    expect((await compare(empty, reference.template)).score).toBe(0);
    expect((await compare(one, one)).score).toBeLessThan(threshold);
    expect((await compare(empty, empty)).pairs).toEqual([]);
  });

  it('refuses corrupt templates with typed errors', async () => {
    const good = reference.template;
    const corrupt: unknown[] = [
      { ...good, ppi: Number.NaN },
      { ...good, ppi: 0 },
      { ...good, minutiae: [{ ...good.minutiae[0], y: Number.POSITIVE_INFINITY }] },
      { ...good, minutiae: [{ ...good.minutiae[0], x: 1e12 }] },
      { ...good, minutiae: null },
      'not a template',
    ];
    for (const input of corrupt) {
      expect(await codeOf(compare(input as Template, good))).toBe('invalid-argument');
      expect(await codeOf(compare(good, input as Template))).toBe('invalid-argument');
    }
  });
});
