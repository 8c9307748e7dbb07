// The print quality score (0..100, NFIQ-style) the UI shows next to each
// print: a clear full impression must rate well above a faint, dry, partial
// one of the same finger, and blank or noise images near zero.
import { describe, expect, it } from 'vitest';
import { generateMasterFinger, renderImpression } from '../../main/core/synthetic';
import { extract } from '../../native-matcher';
import { seeded } from './matcher-fixtures';

describe('print quality', () => {
  const master = generateMasterFinger({ seed: 4242, pattern: 'right-loop', width: 340, height: 400 });

  it('rates a clear full impression above a faint, dry, partial one', async () => {
    const clear = await extract(renderImpression(master, { seed: 1, noise: 3 }).image);
    const poor = await extract(
      renderImpression(master, { seed: 2, visibleFraction: 0.35, dryness: 0.8, contrast: 0.3, noise: 12, blur: 1.4 }).image,
    );
    for (const q of [clear.quality, poor.quality]) expect(Number.isInteger(q) && q >= 0 && q <= 100).toBe(true);
    expect(clear.quality).toBeGreaterThanOrEqual(50);
    expect(clear.quality - poor.quality).toBeGreaterThanOrEqual(20);
    for (const m of clear.template.minutiae) expect(m.quality >= 0 && m.quality <= 100).toBe(true);
  });

  it('rates blank and noise images near zero', async () => {
    const width = 300;
    const height = 300;
    const blank = await extract({ width, height, ppi: 500, pixels: new Uint8Array(width * height).fill(230) });
    const next = seeded(9);
    const noise = await extract({ width, height, ppi: 500, pixels: Uint8Array.from({ length: width * height }, () => Math.floor(next() * 256)) });
    expect(blank.quality).toBeLessThanOrEqual(10);
    expect(noise.quality).toBeLessThanOrEqual(20);
  });
});
