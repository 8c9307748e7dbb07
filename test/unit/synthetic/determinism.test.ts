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
    expect(digest(master.image.pixels)).toBe('ee35198cd3c38eaa5999230eb296a2a6c3d58e3d224dbd674ae0ec40ae2c76c5');
    expect(digest(print.image.pixels)).toBe('baed56ebc21b842f344257f7c92584d4ce71e69dba873ff9a809a8957b6518b8');
    expect(digest(JSON.stringify(print.minutiae))).toBe('d2e717b14be45bd911f31061cc89dd32d046807101181157adc8a960b8028d4f');
  });
});
