import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRdlt, writeRdlt } from '../../../main/formats/templates';
import { angleGap, template } from './arbitraries';
import { decodesOrRefuses, refuses } from './expect-bad-file';

describe('RDLT v1 template format', () => {
  it('round-trips positions to 1/8 pixel and directions to 1/131072 turn', () => {
    fc.assert(
      fc.property(template(), (t) => {
        const back = readRdlt(writeRdlt(t));
        expect(back.width).toBe(t.width);
        expect(back.height).toBe(t.height);
        expect(back.ppi).toBeCloseTo(t.ppi, 2);
        expect(back.minutiae).toHaveLength(t.minutiae.length);
        back.minutiae.forEach((m, i) => {
          const original = t.minutiae[i]!;
          expect(Math.abs(m.x - original.x)).toBeLessThanOrEqual(0.125);
          expect(Math.abs(m.y - original.y)).toBeLessThanOrEqual(0.125);
          expect(angleGap(m.direction, original.direction)).toBeLessThanOrEqual(Math.PI / 65536 + 1e-12);
          expect(m.type).toBe(original.type);
          expect(m.quality).toBe(original.quality);
        });
      }),
    );
  });

  it('is stable once quantised: encode(decode(encode(t))) equals encode(t)', () => {
    fc.assert(
      fc.property(template(), (t) => {
        const bytes = writeRdlt(t);
        expect(writeRdlt(readRdlt(bytes))).toEqual(bytes);
      }),
    );
  });

  it('is compact: 32 header bytes plus 8 per minutia', () => {
    const bytes = writeRdlt({ width: 388, height: 374, ppi: 500, minutiae: Array.from({ length: 40 }, (_, i) => ({ x: i, y: i, direction: 1, type: 'ending' as const, quality: 50 })) });
    expect(bytes.length).toBe(32 + 8 * 40);
  });

  it('refuses every truncation with bad-file', () => {
    fc.assert(
      fc.property(template({ maxMinutiae: 30 }), fc.nat(), (t, cut) => {
        const bytes = writeRdlt(t);
        refuses(() => readRdlt(bytes.subarray(0, cut % bytes.length)));
      }),
    );
  });

  it('detects any single corrupted byte after the magic and version (checksum)', () => {
    fc.assert(
      fc.property(template({ maxMinutiae: 30 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (t, at, flip) => {
        const bytes = writeRdlt(t).slice();
        const index = 6 + (at % (bytes.length - 6));
        bytes[index] = bytes[index]! ^ flip;
        refuses(() => readRdlt(bytes));
      }),
    );
  });

  it('gives only typed errors for arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => decodesOrRefuses(() => readRdlt(bytes))));
  });

  it('says unsupported for a newer version', () => {
    const bytes = writeRdlt({ width: 10, height: 10, ppi: 500, minutiae: [] }).slice();
    bytes[4] = 2;
    refuses(() => readRdlt(bytes), 'unsupported');
  });

  it('refuses templates it cannot represent instead of clamping', () => {
    refuses(() => writeRdlt({ width: 10, height: 10, ppi: 500, minutiae: [{ x: -1, y: 0, direction: 0, type: 'ending', quality: 0 }] }), 'unsupported');
    refuses(() => writeRdlt({ width: 10, height: 10, ppi: Number.NaN, minutiae: [] }), 'invalid-argument');
  });
});
