// Proposed correspondences from the native matcher, checked against the
// synthetic generator's ground truth: two impressions of one finger must score
// above the threshold with pairs that really are the same minutia; two fingers
// must not.
import { describe, expect, it } from 'vitest';
import { proposeCorrespondences } from '../../../main/core/matching/correspondences';
import { generateMasterFinger, renderImpression, type Impression } from '../../../main/core/synthetic';

/** How far (pixels) an extracted minutia may sit from its ground-truth position. */
const TOLERANCE = 8;

/** The master index of the ground-truth minutia nearest to (x, y), if one is close enough. */
function masterIndexNear(impression: Impression, x: number, y: number): number | undefined {
  let best: number | undefined;
  let distance = TOLERANCE;
  impression.minutiae.forEach((m, i) => {
    const d = Math.hypot(m.x - x, m.y - y);
    if (d < distance) [best, distance] = [impression.masterIndex[i], d];
  });
  return best;
}

describe('proposed correspondences', () => {
  const finger = generateMasterFinger({ seed: 4711 });
  const query = renderImpression(finger, { seed: 1, noise: 3 });
  const mate = renderImpression(finger, { seed: 2, noise: 3, rotation: 0.35, dx: 12, dy: -8 });

  it('pairs the same minutiae of two impressions of one finger, above the threshold', async () => {
    const result = await proposeCorrespondences(query.image, mate.image);
    expect(result.aboveThreshold).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(result.threshold);
    expect(result.pairs.length).toBeGreaterThanOrEqual(8);
    expect(result.pairs.map((p) => p.index)).toEqual(result.pairs.map((_, i) => i + 1));
    expect(result.queryMinutiaCount).toBeGreaterThanOrEqual(result.pairs.length);

    let judged = 0;
    let true_ = 0;
    for (const pair of result.pairs) {
      const q = masterIndexNear(query, pair.query.x, pair.query.y);
      const c = masterIndexNear(mate, pair.candidate.x, pair.candidate.y);
      if (q === undefined || c === undefined) continue;
      judged++;
      if (q === c) true_++;
    }
    expect(judged / result.pairs.length).toBeGreaterThan(0.7);
    expect(true_ / judged).toBeGreaterThan(0.85);
    // The transform carries query pixels onto the candidate: about the rotation the impression applied.
    const gap = Math.abs(((result.transform.rotation - 0.35 + 3 * Math.PI) % (2 * Math.PI)) - Math.PI);
    expect(gap).toBeLessThan(0.15);
  });

  it('keeps two different fingers below the threshold', async () => {
    const other = renderImpression(generateMasterFinger({ seed: 815 }), { seed: 3, noise: 3 });
    const result = await proposeCorrespondences(query.image, other.image);
    expect(result.aboveThreshold).toBe(false);
    expect(result.score).toBeLessThan(result.threshold);
  });
});
