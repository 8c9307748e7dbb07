// Finding 4: a 96 KB TIFF whose tags declare billions of values aborted the
// process with a heap out-of-memory. It must be refused, quickly and cheaply.
import { describe, expect, it } from 'vitest';
import { RidgelineError } from '../../../main/core/errors';
import { decodeTiff } from '../../../main/formats/images/tiff';
import { buildTiff, gradient } from '../images/fixtures';
import { runIsolated } from './run-isolated';

describe('TIFF tag bomb', () => {
  it('is refused with a typed error within a 256 MB heap', () => {
    const outcome = runIsolated('tiff-tag-bomb', 256, 30_000);
    expect(outcome.stderr).not.toMatch(/heap out of memory/i);
    expect(outcome).toMatchObject({ exitStatus: 0, result: 'refused', code: 'bad-file' });
  });

  it('refuses a repeated tag and a value count beyond what the tag can hold', () => {
    const tiff = buildTiff({ width: 4, height: 2, little: true, samples: 1, depth: 8, photometric: 1, data: gradient(4, 2), rowsPerStrip: 2 });
    // Rewrite the first IFD entry (ImageWidth) as a second ImageLength.
    const view = new DataView(tiff.buffer);
    const ifd = view.getUint32(4, true);
    const first = view.getUint16(ifd + 2, true);
    view.setUint16(ifd + 2, first === 256 ? 257 : first, true);
    expect(() => decodeTiff(tiff)).toThrow(RidgelineError);
    expect(() => decodeTiff(tiff)).toThrow(/appears twice|missing/);
  });
});
