// The native WSQ encoder: its output decodes with our decoder to the same
// geometry and ppi, at about the requested rate, with the minutiae the
// matcher finds kept; the stream has the specification's segments; bad
// arguments end in typed errors. Synthetic prints only (the real-data check
// against NBIS file sizes is in test/data/wsq-encode-reference.test.ts).
import { describe, expect, it } from 'vitest';

import { RidgelineError } from '../../main/core/errors';
import { generateMasterFinger, renderImpression } from '../../main/core/synthetic';
import { decodeWsq, encodeWsq, encodeWsqSync } from '../../main/formats/wsq';
import { compare, extract, matchThreshold, type GrayImage } from '../../native-matcher';

function psnr(a: Uint8Array, b: Uint8Array): number {
  let squared = 0;
  for (let i = 0; i < a.length; i++) squared += (a[i]! - b[i]!) ** 2;
  return 10 * Math.log10((255 * 255) / (squared / a.length));
}

const bitsPerPixel = (bytes: Uint8Array, image: GrayImage) => (bytes.length * 8) / (image.width * image.height);

/** Marker codes in stream order, walking segment lengths and skipping entropy-coded data. */
function markers(bytes: Uint8Array): number[] {
  const found: number[] = [];
  let i = 0;
  while (i + 1 < bytes.length) {
    if (bytes[i] !== 0xff || bytes[i + 1] === 0x00) {
      i++;
      continue;
    }
    const marker = 0xff00 | bytes[i + 1]!;
    found.push(marker);
    if (marker === 0xffa0 || marker === 0xffa1) i += 2;
    else i += 2 + ((bytes[i + 2]! << 8) | bytes[i + 3]!);
  }
  return found;
}

async function expectCode(run: () => Promise<unknown>, code: string) {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RidgelineError);
  expect((error as RidgelineError).code).toBe(code);
}

const prints = (['right-loop', 'whorl', 'arch'] as const).map(
  (pattern, i) => renderImpression(generateMasterFinger({ seed: 40 + i, pattern }), { seed: 1 }).image,
);

describe('encodeWsq', () => {
  it('round-trips through the decoder at about 0.75 bpp with the minutiae kept', async () => {
    for (const image of prints) {
      const bytes = await encodeWsq(image);
      const decoded = await decodeWsq(bytes);
      expect(decoded).toMatchObject({ width: image.width, height: image.height, ppi: image.ppi, ppiSource: 'nistcom' });
      // The specification's allocation aims at the rate; real coders land below it.
      expect(bitsPerPixel(bytes, image)).toBeGreaterThan(0.35);
      expect(bitsPerPixel(bytes, image)).toBeLessThanOrEqual(0.8);
      expect(psnr(image.pixels, decoded.pixels)).toBeGreaterThan(22);

      const [before, after] = await Promise.all([extract(image), extract(decoded)]);
      const kept = await compare(before.template, after.template);
      expect(kept.score).toBeGreaterThan(matchThreshold()! * 3);
      expect(kept.pairs.length).toBeGreaterThanOrEqual(0.85 * before.template.minutiae.length);
    }
  });

  it('spends more bits for a higher rate and gets a closer image', async () => {
    const image = prints[0]!;
    const rates = [0.3, 0.75, 2.25];
    const results = await Promise.all(rates.map((rate) => encodeWsq(image, { bitsPerPixel: rate })));
    const quality = await Promise.all(results.map(async (bytes) => psnr(image.pixels, (await decodeWsq(bytes)).pixels)));
    expect(results[0]!.length).toBeLessThan(results[1]!.length);
    expect(results[1]!.length).toBeLessThan(results[2]!.length);
    expect(quality[0]!).toBeLessThan(quality[1]!);
    expect(quality[1]!).toBeLessThan(quality[2]!);
    expect(bitsPerPixel(results[2]!, image)).toBeLessThanOrEqual(2.25);
  });

  it('writes the segments of the specification and a NISTCOM comment', async () => {
    const image = prints[1]!;
    const bytes = await encodeWsq(image);
    const order = markers(bytes);
    expect(order.slice(0, 5)).toEqual([0xffa0, 0xffa8, 0xffa4, 0xffa5, 0xffa2]); // SOI COM DTT DQT SOF
    expect(order.filter((m) => m === 0xffa6)).toHaveLength(2); // two Huffman tables
    expect(order.filter((m) => m === 0xffa3).length).toBeGreaterThanOrEqual(2); // blocks
    expect(order.at(-1)).toBe(0xffa1); // EOI
    const { nistcom, comments } = await decodeWsq(bytes);
    expect(comments[0]).toMatch(/^NIST_COM 9\n/);
    expect(nistcom).toMatchObject({
      PIX_WIDTH: String(image.width),
      PIX_HEIGHT: String(image.height),
      PIX_DEPTH: '8',
      PPI: '500',
      LOSSY: '1',
      COMPRESSION: 'WSQ',
      WSQ_BITRATE: '0.750000',
    });
  });

  it('handles odd sizes, flat images and the synchronous path identically', async () => {
    const odd: GrayImage = { width: 97, height: 83, ppi: 1000, pixels: prints[2]!.pixels.slice(0, 97 * 83) };
    const decoded = await decodeWsq(await encodeWsq(odd, { bitsPerPixel: 4 }));
    expect(decoded).toMatchObject({ width: 97, height: 83, ppi: 1000 });
    expect(psnr(odd.pixels, decoded.pixels)).toBeGreaterThan(28);
    expect(encodeWsqSync(odd, { bitsPerPixel: 4 })).toEqual(await encodeWsq(odd, { bitsPerPixel: 4 }));

    const flat: GrayImage = { width: 64, height: 64, ppi: 500, pixels: new Uint8Array(64 * 64).fill(173) };
    expect((await decodeWsq(await encodeWsq(flat))).pixels.every((p) => p === 173)).toBe(true);
  });

  it('refuses what it cannot encode with typed errors', async () => {
    const tiny: GrayImage = { width: 16, height: 16, ppi: 500, pixels: new Uint8Array(256) };
    await expectCode(() => encodeWsq(tiny), 'unsupported');
    const short: GrayImage = { width: 100, height: 100, ppi: 500, pixels: new Uint8Array(99) };
    await expectCode(() => encodeWsq(short), 'invalid-argument');
    await expectCode(() => encodeWsq(prints[0]!, { bitsPerPixel: 0 }), 'invalid-argument');
    await expectCode(() => encodeWsq({ ...prints[0]!, ppi: -3 }), 'invalid-argument');
    expect(() => encodeWsqSync(tiny)).toThrow(RidgelineError);
  });
});
