// Reproducible across machines, not only across runs: the generator uses its own
// PRNG (integer arithmetic) and V8's fdlibm-based Math functions, which give the
// same doubles on every platform. These digests pin one master and one
// impression. If they change after a deliberate generator change, update them
// (and say so in the commit: stored demo workspaces and benchmarks change too);
// if they change on another machine or Node version without one, the generator
// has stopped being portable — investigate before updating.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateMasterFinger, renderImpression } from '../../../main/core/synthetic';

const digest = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('generator output is pinned', () => {
  it('gives the recorded bytes for a fixed seed', () => {
    const master = generateMasterFinger({ seed: 424242, pattern: 'whorl', width: 240, height: 260 });
    const print = renderImpression(master, { seed: 7, rotation: 1, dx: 5, dy: -3, visibleFraction: 0.7, dryness: 0.3, width: 240, height: 260 });
    expect(digest(master.image.pixels)).toBe('8d2fc85a314bcc39230ba690f2636f311bfb09a07f617ee0d7e619c0f9df3990');
    expect(digest(print.image.pixels)).toBe('d2d66efeac5f28b8636d9fb832482dcf1df07b9d20fe635e9d947a67384c4b2e');
    expect(digest(JSON.stringify(print.minutiae))).toBe('3800cbebcafa4ab0cff1d97bda8f786ef1b97b0ac27a7e349202d5f0b60145fe');
  });
});
