import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeTemplate,
  detectTemplateFormat,
  encodeTemplate,
  readAnsi378,
  readIso19794_2,
  writeAnsi378,
  writeIso19794_2,
} from '../../../main/formats/templates';
import { angleGap, template } from './arbitraries';
import { decodesOrRefuses, refuses } from './expect-bad-file';

const standards = [
  { name: 'ISO/IEC 19794-2:2005', format: 'iso19794-2' as const, read: readIso19794_2, write: writeIso19794_2, angleStep: (2 * Math.PI) / 256 },
  { name: 'ANSI INCITS 378-2004', format: 'ansi378' as const, read: readAnsi378, write: writeAnsi378, angleStep: (2 * Math.PI) / 180 },
];

describe.each(standards)('$name', ({ format, read, write, angleStep }) => {
  const interchangeable = template({ maxCoordinate: 16383, maxMinutiae: 100 });

  it('round-trips whole pixels, angle steps, types, qualities and resolution', () => {
    fc.assert(
      fc.property(interchangeable, (t) => {
        const bytes = encodeTemplate(t, format, { fingerPosition: 2, impressionType: 1, quality: 77 });
        expect(detectTemplateFormat(bytes)).toBe(format);
        const back = decodeTemplate(bytes);
        expect(back.ppi).toBeCloseTo(Math.round(t.ppi / 2.54) * 2.54, 6);
        back.minutiae.forEach((m, i) => {
          const original = t.minutiae[i]!;
          expect(m.x).toBe(Math.round(original.x));
          expect(m.y).toBe(Math.round(original.y));
          expect(angleGap(m.direction, original.direction)).toBeLessThanOrEqual(angleStep / 2 + 1e-9);
          expect(m.type).toBe(original.type);
          expect(m.quality).toBe(original.quality);
        });
        const record = read(bytes);
        expect(record.views[0]).toMatchObject({ fingerPosition: 2, impressionType: 1, quality: 77 });
        // Re-encoding a decoded record reproduces it byte for byte.
        expect(write(record)).toEqual(bytes);
      }),
    );
  });

  it('refuses truncation with bad-file', () => {
    fc.assert(
      fc.property(interchangeable, fc.nat(), (t, cut) => {
        const bytes = encodeTemplate(t, format);
        refuses(() => read(bytes.subarray(0, cut % bytes.length)));
      }),
    );
  });

  it('gives only typed errors for corrupted bytes', () => {
    fc.assert(
      fc.property(interchangeable, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }), (t, flips) => {
        const bytes = encodeTemplate(t, format).slice();
        for (const [at, flip] of flips) bytes[at % bytes.length] = bytes[at % bytes.length]! ^ flip;
        decodesOrRefuses(() => read(bytes));
      }),
    );
  });

  it('refuses more than 255 minutiae per view rather than dropping some', () => {
    const crowded = { width: 500, height: 500, ppi: 500, minutiae: Array.from({ length: 256 }, () => ({ x: 1, y: 1, direction: 0, type: 'ending' as const, quality: 1 })) };
    refuses(() => encodeTemplate(crowded, format), 'unsupported');
  });
});

describe('template format detection', () => {
  it('tells ISO from ANSI by the record length field and rejects other bytes', () => {
    expect(detectTemplateFormat(new TextEncoder().encode('hello world, not a template'))).toBeNull();
    refuses(() => decodeTemplate(new Uint8Array([1, 2, 3])));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => decodesOrRefuses(() => decodeTemplate(bytes))));
  });

  it('ANSI records longer than 65535 bytes use the long length form', () => {
    const views = Array.from({ length: 50 }, () => ({
      fingerPosition: 1,
      viewNumber: 0,
      impressionType: 0,
      quality: 50,
      minutiae: Array.from({ length: 250 }, (_, i) => ({ x: i, y: i, direction: 0, type: 'ending' as const, quality: 9 })),
      extendedData: new Uint8Array(0),
    }));
    const record = { standard: 'ansi378:2004' as const, width: 500, height: 500, xResolution: 197, yResolution: 197, equipmentCompliance: 0, equipmentId: 0, productOwner: 0, productType: 0, views, warnings: [] };
    const bytes = writeAnsi378(record);
    expect(bytes.length).toBeGreaterThan(0xffff);
    expect(detectTemplateFormat(bytes)).toBe('ansi378');
    expect(readAnsi378(bytes).views).toHaveLength(50);
  });
});
