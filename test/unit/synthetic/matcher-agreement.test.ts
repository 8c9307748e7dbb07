// Ground truth and the native extractor must speak the same language: the
// same positions, types and direction convention.
import { describe, expect, it } from 'vitest';
import { generateMasterFinger, renderImpression } from '../../../main/core/synthetic';
import { extract } from '../../../native-matcher';

describe('ground truth against the native extractor', () => {
  it('finds the ground-truth minutiae with the same types and directions', async () => {
    let total = 0;
    let found = 0;
    let sameType = 0;
    let sameDirection = 0;
    for (let seed = 0; seed < 3; seed++) {
      const print = renderImpression(generateMasterFinger({ seed: 500 + seed }), { seed, noise: 3 });
      const { template } = await extract(print.image);
      for (const truth of print.minutiae) {
        total++;
        let nearest: (typeof template.minutiae)[number] | undefined;
        let distance = 7;
        for (const m of template.minutiae) {
          const d = Math.hypot(m.x - truth.x, m.y - truth.y);
          if (d < distance) [nearest, distance] = [m, d];
        }
        if (!nearest) continue;
        found++;
        if (nearest.type === truth.type) sameType++;
        const gap = Math.abs(nearest.direction - truth.direction) % (2 * Math.PI);
        if (Math.min(gap, 2 * Math.PI - gap) < Math.PI / 4) sameDirection++;
      }
    }
    expect(found / total).toBeGreaterThan(0.85);
    expect(sameType / found).toBeGreaterThan(0.9);
    expect(sameDirection / found).toBeGreaterThan(0.9);
  });
});
