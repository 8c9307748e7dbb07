// decodeImage: format sniffing, hints, resolution precedence, WSQ through the
// same entry point, and typed failures for unknown or damaged input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { RidgelineError } from '../../../main/core/errors';
import { decodeImage, decodeImageAsync, detectImageFormat, encodePng } from '../../../main/formats/images';
import { encodeWsq } from '../../native/wsq-encoder';
import { buildBmp, buildTiff, gradient } from './fixtures';

const W = 64;
const H = 64;
const gray = gradient(W, H);
const png = encodePng({ width: W, height: H, pixels: gray, ppi: 1000 });
const tiff = buildTiff({ width: W, height: H, little: true, samples: 1, depth: 8, photometric: 1, data: gray, rowsPerStrip: 16 });
const bmp = buildBmp({ width: W, height: H, bpp: 8, data: gray, palette: Array.from({ length: 256 }, (_, i) => [i, i, i, 0]).flat() });

describe('decodeImage', () => {
  it('sniffs each format from its leading bytes', () => {
    expect(detectImageFormat(png)).toBe('png');
    expect(detectImageFormat(tiff)).toBe('tiff');
    expect(detectImageFormat(bmp)).toBe('bmp');
    expect(detectImageFormat(encodeWsq(W, H, gray))).toBe('wsq');
    expect(detectImageFormat(Uint8Array.of(1, 2, 3))).toBeNull();
  });

  it('takes the resolution from the file, else the hint, else 500', () => {
    expect(decodeImage(png, { ppi: 250 })).toMatchObject({ format: 'png', ppi: 1000, ppiSource: 'file' });
    expect(decodeImage(tiff, { ppi: 250 })).toMatchObject({ format: 'tiff', ppi: 250, ppiSource: 'hint' });
    expect(decodeImage(bmp)).toMatchObject({ format: 'bmp', ppi: 500, ppiSource: 'default' });
  });

  it('decodes raw pixels with dimensions from the hint', () => {
    expect(decodeImage(gray, { format: 'raw', width: W, height: H, ppi: 500 }).pixels).toEqual(gray);
    expect(() => decodeImage(gray, { format: 'raw' })).toThrow(RidgelineError);
    expect(() => decodeImage(gray.subarray(10), { format: 'raw', width: W, height: H })).toThrowError(
      expect.objectContaining({ code: 'bad-file' }) as Error,
    );
  });

  it('decodes WSQ synchronously and asynchronously to the same pixels', async () => {
    const wsq = encodeWsq(W, H, gray, { step: 0.5, ppi: 500 });
    const sync = decodeImage(wsq);
    const async = await decodeImageAsync(wsq);
    expect(sync).toMatchObject({ format: 'wsq', width: W, height: H, ppi: 500, ppiSource: 'file' });
    expect(async.pixels).toEqual(sync.pixels);
  });

  it('refuses unknown bytes as unsupported', () => {
    expect(() => decodeImage(Uint8Array.of(0, 1, 2, 3, 4))).toThrowError(expect.objectContaining({ code: 'unsupported' }) as Error);
  });

  it('answers damaged PNG, TIFF and BMP files only with typed errors', () => {
    for (const file of [png, tiff, bmp]) {
      fc.assert(
        fc.property(fc.nat({ max: file.length }), fc.array(fc.tuple(fc.nat({ max: file.length - 1 }), fc.nat({ max: 255 })), { maxLength: 4 }), (keep, edits) => {
          const bytes = file.slice(0, Math.max(keep, 8));
          for (const [at, value] of edits) if (at >= 8 && at < bytes.length) bytes[at] = value;
          try {
            const image = decodeImage(bytes);
            expect(image.pixels.length).toBe(image.width * image.height);
          } catch (error) {
            expect(error).toBeInstanceOf(RidgelineError);
            expect(['bad-file', 'unsupported']).toContain((error as RidgelineError).code);
          }
        }),
        { numRuns: 150 },
      );
    }
  });
});
