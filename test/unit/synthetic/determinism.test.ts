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
    expect(digest(master.image.pixels)).toBe('b9bcdb8cd9782229a10a8ca6705332d1c448cb35cb19ec006181a13a4c4d59e6');
    expect(digest(print.image.pixels)).toBe('ff16f5d00c1304924fd2bd0eb338d770ee1055f94a14259648e38494be9a8ed5');
    expect(digest(JSON.stringify(print.minutiae))).toBe('3cdb4cdd70814a6796d934e5aa92c1f2b77c6bbebd5319a2589b93205075ef08');
  });
});
