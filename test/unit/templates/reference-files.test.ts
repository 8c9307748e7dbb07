// Checks the readers against third-party records in ../shared/fpdata (NIST
// libbiomeval and SourceAFIS test data). Skipped when that folder is absent.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeTemplate, readAnsi378, readFingerMinutiaeRecord, readIso19794_2 } from '../../../main/formats/templates';
import { angleGap } from './arbitraries';
import { refuses } from './expect-bad-file';

const fpdata = process.env['RIDGELINE_FPDATA'] ?? path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'fpdata');
const present = fs.existsSync(fpdata);
if (!present) console.warn(`Reference template tests skipped: ${fpdata} is absent (set RIDGELINE_FPDATA).`);
const read = (...parts: string[]) => new Uint8Array(fs.readFileSync(path.join(fpdata, ...parts)));

describe.skipIf(!present)('reference records from ../shared/fpdata', () => {
  it('reads libbiomeval fmr.ansi2004: 512x512 at 197 px/cm, three views', () => {
    const record = readAnsi378(read('templates', 'libbiomeval', 'fmr.ansi2004'));
    expect(record).toMatchObject({ width: 512, height: 512, xResolution: 197, yResolution: 197 });
    expect(record.views.map((v) => [v.fingerPosition, v.quality, v.minutiae.length])).toEqual([
      [7, 90, 27],
      [2, 70, 22],
      [3, 69, 28],
    ]);
    expect(record.views[0]!.minutiae[0]).toMatchObject({ x: 100, y: 14, type: 'ending', quality: 90 });
    expect(record.views[0]!.minutiae[0]!.direction).toBeCloseTo((56 * 2 * Math.PI) / 180, 9);
  });

  it('reads libbiomeval fmr.iso2005 with the same minutiae as the ANSI record', () => {
    const iso = readIso19794_2(read('templates', 'libbiomeval', 'fmr.iso2005'));
    const ansi = readAnsi378(read('templates', 'libbiomeval', 'fmr.ansi2004'));
    expect(iso.views).toHaveLength(2);
    for (const v of [0, 1]) {
      const a = ansi.views[v]!.minutiae;
      const b = iso.views[v]!.minutiae;
      expect(b).toHaveLength(a.length);
      b.forEach((m, i) => {
        expect([m.x, m.y, m.type]).toEqual([a[i]!.x, a[i]!.y, a[i]!.type]);
        // ANSI stores 2-degree steps, ISO 1.40625-degree steps: same direction within both steps.
        expect(angleGap(m.direction, a[i]!.direction)).toBeLessThanOrEqual(((1 + 0.703125) * Math.PI) / 180 + 1e-9);
      });
    }
  });

  it('refuses the 2007 ANSI record version as unsupported, not as garbage', () => {
    refuses(() => readFingerMinutiaeRecord(read('templates', 'libbiomeval', 'fmr.ansi2007')), 'unsupported');
  });

  it('reads the SourceAFIS ISO templates (zero padding after the record)', () => {
    const probe = decodeTemplate(read('images', 'sourceafis-java', 'iso-probe.dat'));
    expect(probe).toMatchObject({ width: 224, height: 288 });
    expect(probe.ppi).toBeCloseTo(500.38, 2);
    expect(probe.minutiae).toHaveLength(38);
    const other = decodeTemplate(read('images', 'sourceafis-java', 'iso-nonmatching.dat'));
    expect(other.minutiae.length).toBeGreaterThan(10);
  });
});
