import { describe, expect, it } from 'vitest';

import { RidgelineError } from '../../../main/core/errors';
import { decodeBmp } from '../../../main/formats/images/bmp';
import { buildBmp, gradient } from './fixtures';

const W = 10; // 10 * 3 = 30 bytes: padded rows
const H = 6;
const gray = gradient(W, H);
const grayPalette = Array.from({ length: 256 }, (_, i) => [i, i, i, 0]).flat();

describe('decodeBmp', () => {
  it('reads 8-bit palette images bottom-up with the resolution', () => {
    const bmp = buildBmp({ width: W, height: H, bpp: 8, data: gray, palette: grayPalette, ppi: 500 });
    expect(decodeBmp(bmp)).toEqual({ width: W, height: H, pixels: gray, ppi: 500 });
  });

  it('reads 24-bit top-down and 32-bit images', () => {
    const bgr = new Uint8Array(W * H * 3);
    gray.forEach((v, i) => bgr.set([v, v, v], i * 3));
    expect(decodeBmp(buildBmp({ width: W, height: H, bpp: 24, data: bgr, topDown: true })).pixels).toEqual(gray);
    const bgra = new Uint8Array(W * H * 4);
    gray.forEach((v, i) => bgra.set([v, v, v, 255], i * 4));
    expect(decodeBmp(buildBmp({ width: W, height: H, bpp: 32, data: bgra })).pixels).toEqual(gray);
  });

  it('refuses truncated pixel data as bad-file', () => {
    const bmp = buildBmp({ width: W, height: H, bpp: 8, data: gray, palette: grayPalette });
    expect(() => decodeBmp(bmp.subarray(0, bmp.length - 12))).toThrow(RidgelineError);
    try {
      decodeBmp(bmp.subarray(0, bmp.length - 12));
    } catch (error) {
      expect((error as RidgelineError).code).toBe('bad-file');
    }
  });
});
