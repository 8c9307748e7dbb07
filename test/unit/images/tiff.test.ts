import { describe, expect, it } from 'vitest';

import { RidgelineError } from '../../../main/core/errors';
import { decodeTiff } from '../../../main/formats/images/tiff';
import { buildTiff, gradient } from './fixtures';

const W = 11;
const H = 9;
const gray = gradient(W, H);

function failure(fn: () => unknown): RidgelineError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RidgelineError);
    return error as RidgelineError;
  }
  throw new Error('expected a failure');
}

describe('decodeTiff', () => {
  it.each([true, false])('reads 8-bit BlackIsZero strips (little-endian: %s) with the resolution', (little) => {
    const tiff = buildTiff({ width: W, height: H, little, samples: 1, depth: 8, photometric: 1, data: gray, rowsPerStrip: 4, ppi: 500 });
    expect(decodeTiff(tiff)).toEqual({ width: W, height: H, pixels: gray, ppi: 500 });
  });

  it('inverts WhiteIsZero and has no resolution without the tags', () => {
    const inverted = gray.map((v) => 255 - v);
    const tiff = buildTiff({ width: W, height: H, little: true, samples: 1, depth: 8, photometric: 0, data: inverted, rowsPerStrip: H });
    expect(decodeTiff(tiff)).toEqual({ width: W, height: H, pixels: gray });
  });

  it('keeps the high byte of 16-bit samples in either byte order', () => {
    for (const little of [true, false]) {
      const data = new Uint8Array(W * H * 2);
      gray.forEach((v, i) => {
        data[i * 2 + (little ? 1 : 0)] = v;
        data[i * 2 + (little ? 0 : 1)] = 0x33;
      });
      const tiff = buildTiff({ width: W, height: H, little, samples: 1, depth: 16, photometric: 1, data, rowsPerStrip: 3 });
      expect(decodeTiff(tiff).pixels).toEqual(gray);
    }
  });

  it('converts chunky RGB to gray', () => {
    const data = new Uint8Array(W * H * 3);
    gray.forEach((v, i) => data.set([v, v, v], i * 3));
    const tiff = buildTiff({ width: W, height: H, little: false, samples: 3, depth: 8, photometric: 2, data, rowsPerStrip: 2 });
    expect(decodeTiff(tiff).pixels).toEqual(gray);
  });

  it('names the compression it does not support', () => {
    const tiff = buildTiff({ width: W, height: H, little: true, samples: 1, depth: 8, photometric: 1, data: gray, rowsPerStrip: H, compression: 5 });
    const error = failure(() => decodeTiff(tiff));
    expect(error.code).toBe('unsupported');
    expect(error.message).toContain('LZW');
  });

  it('refuses truncated strips and broken headers as bad-file', () => {
    const tiff = buildTiff({ width: W, height: H, little: true, samples: 1, depth: 8, photometric: 1, data: gray, rowsPerStrip: 4 });
    const cut = tiff.slice();
    cut.set([0xff, 0xff, 0xff, 0x0f], 4); // IFD offset far outside the file
    expect(failure(() => decodeTiff(cut)).code).toBe('bad-file');
    expect(failure(() => decodeTiff(tiff.subarray(0, 6))).code).toBe('bad-file');
  });
});
