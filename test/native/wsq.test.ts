// The WSQ decoder through its TypeScript wrapper, on synthetic encodings from
// the test encoder (no real data needed): round trips within quantization
// error, stream variants a conformant decoder must accept, and corrupt or
// truncated input that must end in a typed error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { RidgelineError } from '../../main/core/errors';
import { decodeWsq, isWsq } from '../../main/formats/wsq';
import { encodeWsq } from './wsq-encoder';

function ridgePattern(width: number, height: number): Uint8Array {
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const r = Math.hypot(x - width / 2, y - height / 3);
      pixels[y * width + x] = Math.round(128 + 100 * Math.sin(r / 1.6 + x / 40));
    }
  }
  return pixels;
}

function maxDifference(a: Uint8Array, b: Uint8Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}

function markerOffset(bytes: Uint8Array, marker: number): number {
  for (let i = 0; i + 1 < bytes.length; i++) if (bytes[i] === 0xff && bytes[i + 1] === (marker & 0xff)) return i;
  throw new Error(`marker ${marker.toString(16)} not found`);
}

async function expectTypedFailure(bytes: Uint8Array, codes: string[] = ['bad-file', 'unsupported']) {
  const error = await decodeWsq(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RidgelineError);
  expect(codes).toContain((error as RidgelineError).code);
  return error as RidgelineError;
}

const card = { width: 97, height: 83 };
const original = ridgePattern(card.width, card.height);
const fine = encodeWsq(card.width, card.height, original, { step: 0.2, ppi: 1000 });

describe('decodeWsq', () => {
  it('reconstructs a fine-quantized image within two gray levels, with its NISTCOM ppi', async () => {
    const image = await decodeWsq(fine);
    expect(image).toMatchObject({ width: 97, height: 83, ppi: 1000, ppiSource: 'nistcom' });
    expect(image.pixels).toHaveLength(97 * 83);
    expect(maxDifference(image.pixels, original)).toBeLessThanOrEqual(2);
    expect(image.nistcom).toMatchObject({ PIX_WIDTH: '97', PIX_HEIGHT: '83', PPI: '1000' });
  });

  it('keeps coarse quantization error bounded and reports a missing ppi as the default', async () => {
    const source = ridgePattern(64, 70);
    const image = await decodeWsq(encodeWsq(64, 70, source, { step: 4 }));
    expect(image).toMatchObject({ ppi: 500, ppiSource: 'default' });
    const mean = image.pixels.reduce((s, p, i) => s + Math.abs(p - source[i]!), 0) / image.pixels.length;
    expect(mean).toBeLessThan(4);
  });

  it.each([
    ['uncoded subbands', { uncodedSubbands: [5, 21, 40, 52, 59] }],
    ['both Huffman tables in one DHT segment', { combinedHuffmanSegment: true }],
    ['extra comments', { comments: ['operator note', 'NIST_COM 2\nPPI 250'] }],
    ['no EOI after complete data', { omitEoi: true }],
  ])('accepts %s', async (_name, options) => {
    const bytes = encodeWsq(card.width, card.height, original, { step: 0.5, ppi: 500, ...options });
    const image = await decodeWsq(bytes);
    expect(image.width).toBe(card.width);
    // Uncoded subbands lose their detail; everything else decodes closely.
    expect(maxDifference(image.pixels, original)).toBeLessThan('uncodedSubbands' in options ? 80 : 6);
    expect(image.ppi).toBe(500); // the first NISTCOM block wins
  });

  it('sniffs the SOI marker', () => {
    expect(isWsq(fine)).toBe(true);
    expect(isWsq(Uint8Array.of(0x89, 0x50, 0x4e, 0x47))).toBe(false);
  });

  it('refuses non-WSQ bytes as bad-file', async () => {
    await expectTypedFailure(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), ['bad-file']);
    await expectTypedFailure(new Uint8Array(0), ['bad-file']);
  });

  it('refuses truncated streams as bad-file with a byte offset', async () => {
    const sob = markerOffset(fine, 0xffa3);
    for (const cut of [1, 3, 40, sob - 1, sob + 8, Math.floor(fine.length * 0.7), fine.length - 3]) {
      const error = await expectTypedFailure(fine.subarray(0, cut), ['bad-file']);
      expect(error.details).toHaveProperty('offset');
    }
  });

  it('refuses images too small for the decomposition and too large to allocate as unsupported', async () => {
    for (const [width, height] of [
      [16, 16],
      [65535, 65535],
    ] as const) {
      const bytes = fine.slice();
      const sof = markerOffset(bytes, 0xffa2);
      // SOF body: length(2) black(1) white(1) height(2) width(2) ...
      bytes[sof + 6] = height >> 8;
      bytes[sof + 7] = height & 0xff;
      bytes[sof + 8] = width >> 8;
      bytes[sof + 9] = width & 0xff;
      await expectTypedFailure(bytes, ['unsupported']);
    }
  });

  it('refuses a block that names an undefined Huffman table', async () => {
    const bytes = fine.slice();
    bytes[markerOffset(bytes, 0xffa3) + 4] = 7;
    await expectTypedFailure(bytes, ['bad-file']);
  });

  it('rejects a non-byte argument as invalid-argument', async () => {
    await expectTypedFailure('not bytes' as unknown as Uint8Array, ['invalid-argument']);
  });

  it('never crashes or returns a malformed image on corrupted bytes', async () => {
    const small = encodeWsq(64, 64, ridgePattern(64, 64), { step: 1 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat({ max: small.length - 1 }), value: fc.nat({ max: 255 }) }), { minLength: 1, maxLength: 6 }),
        fc.nat({ max: small.length }),
        async (edits, keep) => {
          const bytes = small.slice(0, Math.max(keep, 2));
          for (const { at, value } of edits) if (at < bytes.length) bytes[at] = value;
          try {
            const image = await decodeWsq(bytes);
            expect(image.pixels.length).toBe(image.width * image.height);
          } catch (error) {
            expect(error).toBeInstanceOf(RidgelineError);
            expect(['bad-file', 'unsupported']).toContain((error as RidgelineError).code);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
