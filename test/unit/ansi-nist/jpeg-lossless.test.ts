import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RidgelineError } from '../../../main/core/errors';
import { decodeJpegLossless } from '../../../main/formats/ansi-nist/jpeg-lossless';

/**
 * A minimal lossless JPEG (T.81 process 14) encoder for tests: 8-bit gray,
 * any predictor, optional restart interval in whole rows; every difference
 * category gets a 5-bit code.
 */
function encodeLossless(width: number, height: number, pixels: Uint8Array, predictor: number, restartRows = 0): Uint8Array {
  const out: number[] = [0xff, 0xd8];
  const segment = (marker: number, body: number[]) => out.push(0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body);
  segment(0xc3, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]);
  const counts = new Array(16).fill(0);
  counts[4] = 17;
  segment(0xc4, [0x00, ...counts, ...Array.from({ length: 17 }, (_, i) => i)]);
  if (restartRows > 0) segment(0xdd, [(restartRows * width) >> 8, (restartRows * width) & 0xff]);
  segment(0xda, [1, 1, 0x00, predictor, 0, 0]);
  let acc = 0;
  let n = 0;
  const put = (value: number, bits: number) => {
    for (let i = bits - 1; i >= 0; i--) {
      acc = (acc << 1) | ((value >> i) & 1);
      if (++n === 8) {
        out.push(acc);
        if (acc === 0xff) out.push(0);
        acc = 0;
        n = 0;
      }
    }
  };
  const flush = () => {
    while (n !== 0) put(1, 1);
  };
  const at = (x: number, y: number) => pixels[y * width + x]!;
  let restartCount = 0;
  for (let y = 0; y < height; y++) {
    const restartRow = restartRows > 0 && y > 0 && y % restartRows === 0;
    if (restartRow) {
      flush();
      out.push(0xff, 0xd0 + (restartCount++ % 8));
    }
    const firstLine = y === 0 || restartRow;
    for (let x = 0; x < width; x++) {
      let prediction: number;
      if (firstLine && x === 0) prediction = 128;
      else if (firstLine) prediction = at(x - 1, y);
      else if (x === 0) prediction = at(x, y - 1);
      else {
        const [a, b, c] = [at(x - 1, y), at(x, y - 1), at(x - 1, y - 1)];
        prediction = [0, a, b, c, a + b - c, a + ((b - c) >> 1), b + ((a - c) >> 1), (a + b) >> 1][predictor]!;
      }
      const diff = at(x, y) - prediction;
      const size = diff === 0 ? 0 : Math.floor(Math.log2(Math.abs(diff))) + 1;
      put(size, 5);
      if (size > 0) put(diff < 0 ? diff + (1 << size) - 1 : diff, size);
    }
  }
  flush();
  out.push(0xff, 0xd9);
  return Uint8Array.from(out);
}

const image = fc.record({ width: fc.integer({ min: 1, max: 24 }), height: fc.integer({ min: 1, max: 24 }), predictor: fc.integer({ min: 1, max: 7 }), restartRows: fc.constantFrom(0, 1, 3) }).chain((d) =>
  fc.uint8Array({ minLength: d.width * d.height, maxLength: d.width * d.height }).map((pixels) => ({ ...d, pixels })),
);

describe('lossless JPEG', () => {
  it('decodes exactly what was encoded, for every predictor and restart interval', () => {
    fc.assert(
      fc.property(image, ({ width, height, pixels, predictor, restartRows }) => {
        const decoded = decodeJpegLossless(encodeLossless(width, height, pixels, predictor, restartRows));
        expect([decoded.width, decoded.height]).toEqual([width, height]);
        expect([...decoded.pixels]).toEqual([...pixels]);
      }),
      { numRuns: 200 },
    );
  });

  it('fails with typed errors on truncated or corrupted streams', () => {
    fc.assert(
      fc.property(image, fc.nat(), fc.integer({ min: 0, max: 255 }), ({ width, height, pixels, predictor }, at, value) => {
        const bytes = encodeLossless(width, height, pixels, predictor);
        for (const broken of [bytes.subarray(0, at % bytes.length), Uint8Array.from(bytes, (b, i) => (i === at % bytes.length ? value : b))]) {
          try {
            decodeJpegLossless(broken);
          } catch (error) {
            expect(error).toBeInstanceOf(RidgelineError);
            expect(['bad-file', 'unsupported']).toContain((error as RidgelineError).code);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a baseline JPEG frame as unsupported, naming it', () => {
    const bytes = Uint8Array.from([0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0]);
    expect(() => decodeJpegLossless(bytes)).toThrowError(/0xc0/);
  });
});

describe('lossless JPEG bounds', () => {
  it('stops quickly when a forged size has no data behind it', () => {
    const bytes = encodeLossless(4, 4, new Uint8Array(16), 1);
    // Claim 8000 x 8000 pixels with the same 16 pixels of data.
    const forged = Uint8Array.from(bytes);
    forged[7] = 8000 >> 8; forged[8] = 8000 & 0xff; forged[9] = 8000 >> 8; forged[10] = 8000 & 0xff;
    const started = performance.now();
    expect(() => decodeJpegLossless(forged)).toThrowError(/ends early/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
