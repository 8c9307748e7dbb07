import { describe, expect, it } from 'vitest';

import { RidgelineError } from '../../../main/core/errors';
import { decodePng } from '../../../main/formats/images/png';
import { encodePng } from '../../../main/formats/images/png-encode';
import { buildPng, gradient } from './fixtures';

const W = 13;
const H = 7;
const gray = gradient(W, H);
const rows = (bytesPerRow: number, f: (x: number, y: number) => number[]) =>
  Array.from({ length: H }, (_, y) => Uint8Array.from(Array.from({ length: W }, (_, x) => f(x, y)).flat().slice(0, bytesPerRow)));

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RidgelineError);
    return (error as RidgelineError).code;
  }
  return undefined;
}

describe('encodePng / decodePng', () => {
  it('round-trips gray pixels and the resolution', () => {
    const png = encodePng({ width: W, height: H, pixels: gray, ppi: 1000 });
    expect(decodePng(png)).toEqual({ width: W, height: H, pixels: gray, ppi: 1000 });
  });

  it('omits pHYs when the resolution is unknown (0)', () => {
    expect(decodePng(encodePng({ width: W, height: H, pixels: gray, ppi: 0 })).ppi).toBeUndefined();
  });
});

describe('decodePng variants', () => {
  const px = (x: number, y: number) => gray[y * W + x]!;

  it('reads 8-bit gray with the Sub filter', () => {
    const png = buildPng({ width: W, height: H, depth: 8, colorType: 0, rows: rows(W, (x, y) => [px(x, y)]), filter: 1, ppi: 500 });
    expect(decodePng(png)).toEqual({ width: W, height: H, pixels: gray, ppi: 500 });
  });

  it('keeps the high byte of 16-bit gray', () => {
    const png = buildPng({ width: W, height: H, depth: 16, colorType: 0, rows: rows(W * 2, (x, y) => [px(x, y), 0x5a]) });
    expect(decodePng(png).pixels).toEqual(gray);
  });

  it('converts RGB and RGBA to luma', () => {
    const rgb = buildPng({ width: W, height: H, depth: 8, colorType: 2, rows: rows(W * 3, (x, y) => [px(x, y), px(x, y), px(x, y)]) });
    expect(decodePng(rgb).pixels).toEqual(gray);
    const rgba = buildPng({ width: W, height: H, depth: 8, colorType: 6, rows: rows(W * 4, () => [255, 0, 0, 128]) });
    expect(decodePng(rgba).pixels.every((v) => v === 76)).toBe(true); // 0.299 * 255
  });

  it('reads gray+alpha and palette images', () => {
    const ga = buildPng({ width: W, height: H, depth: 8, colorType: 4, rows: rows(W * 2, (x, y) => [px(x, y), 7]) });
    expect(decodePng(ga).pixels).toEqual(gray);
    const palette = Array.from({ length: 256 }, (_, i) => [i, i, i]).flat();
    const pal = buildPng({ width: W, height: H, depth: 8, colorType: 3, palette, rows: rows(W, (x, y) => [px(x, y)]) });
    expect(decodePng(pal).pixels).toEqual(gray);
  });

  it('scales 1-bit gray to 0/255', () => {
    const bytesPerRow = Math.ceil(W / 8);
    const png = buildPng({ width: W, height: H, depth: 1, colorType: 0, rows: Array.from({ length: H }, () => new Uint8Array(bytesPerRow).fill(0xaa)) });
    const { pixels } = decodePng(png);
    expect(Array.from(pixels.subarray(0, 4))).toEqual([255, 0, 255, 0]);
  });

  it('refuses interlaced images as unsupported', () => {
    const png = buildPng({ width: W, height: H, depth: 8, colorType: 0, rows: rows(W, (x, y) => [px(x, y)]), interlace: 1 });
    expect(codeOf(() => decodePng(png))).toBe('unsupported');
  });

  it('refuses CRC errors, truncation and bad headers as bad-file', () => {
    const png = encodePng({ width: W, height: H, pixels: gray, ppi: 500 });
    const flipped = png.slice();
    flipped[40] = flipped[40]! ^ 0xff;
    expect(codeOf(() => decodePng(flipped))).toBe('bad-file');
    expect(codeOf(() => decodePng(png.subarray(0, png.length - 20)))).toBe('bad-file');
    expect(codeOf(() => decodePng(png.subarray(0, 5)))).toBe('bad-file');
    const palNoPlte = buildPng({ width: W, height: H, depth: 8, colorType: 3, rows: rows(W, () => [0]) });
    expect(codeOf(() => decodePng(palNoPlte))).toBe('bad-file');
  });
});
