import { encode } from 'jpeg-js';
import { describe, expect, it } from 'vitest';

import { RidgelineError } from '../../../main/core/errors';
import { decodeJpeg } from '../../../main/formats/images/jpeg';

const W = 48;
const H = 40;

function smoothGray(): Uint8Array {
  const pixels = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) pixels[y * W + x] = 60 + x * 2 + y;
  return pixels;
}

function asJpeg(pixels: Uint8Array): Uint8Array {
  const rgba = new Uint8Array(W * H * 4);
  pixels.forEach((v, i) => rgba.set([v, v, v, 255], i * 4));
  return new Uint8Array(encode({ width: W, height: H, data: rgba }, 95).data);
}

function markerAt(bytes: Uint8Array, marker: number): number {
  for (let i = 2; i + 1 < bytes.length; i++) if (bytes[i] === 0xff && bytes[i + 1] === marker) return i;
  throw new Error('marker not found');
}

describe('decodeJpeg', () => {
  it('decodes a baseline JPEG to gray close to the source', () => {
    const source = smoothGray();
    const image = decodeJpeg(asJpeg(source));
    expect(image.width).toBe(W);
    const worst = image.pixels.reduce((m, v, i) => Math.max(m, Math.abs(v - source[i]!)), 0);
    expect(worst).toBeLessThanOrEqual(6);
  });

  it('reads the JFIF density as ppi', () => {
    const jpeg = asJpeg(smoothGray());
    const app0 = markerAt(jpeg, 0xe0);
    jpeg[app0 + 11] = 1; // dots per inch
    jpeg.set([0x01, 0xf4], app0 + 12); // 500
    expect(decodeJpeg(jpeg).ppi).toBe(500);
  });

  it('refuses lossless JPEG as unsupported and garbage as bad-file', () => {
    const jpeg = asJpeg(smoothGray());
    jpeg[markerAt(jpeg, 0xc0) + 1] = 0xc3;
    expect(() => decodeJpeg(jpeg)).toThrowError(expect.objectContaining({ code: 'unsupported' }) as Error);
    expect(() => decodeJpeg(Uint8Array.of(0xff, 0xd8, 0xff, 0x00, 0x01))).toThrow(RidgelineError);
  });
});
