// Real-data checks of the WSQ decoder (skipped when ../shared/fpdata is
// absent): every WSQ file and every WSQ image inside the NIST reference
// transactions decodes, and our decode of wsq-original.wsq agrees with an
// independent decoder's output (wsq-converted.png) to within one gray level
// on at least 99.9% of pixels.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { decodePng } from '../../main/formats/images/png';
import { decodeWsq } from '../../main/formats/wsq';
import { FPDATA as fpdata } from './fpdata';

const present = fs.existsSync(fpdata);
if (!present) console.warn(`[skipped] WSQ reference tests: real fingerprint data not found at ${fpdata}`);

function filesUnder(dir: string, suffix: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(suffix)).map((f) => path.join(dir, f)).sort();
}

// Until the record reader is used here: a WSQ stream starts with SOI (FF A0)
// followed directly by another WSQ marker (FF A2..A8).
function embeddedWsqStarts(bytes: Uint8Array): number[] {
  const starts: number[] = [];
  for (let i = 0; i + 3 < bytes.length; i++) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xa0 && bytes[i + 2] === 0xff && bytes[i + 3]! >= 0xa2 && bytes[i + 3]! <= 0xa8) starts.push(i);
  }
  return starts;
}

describe.skipIf(!present)('WSQ decoder on real data', () => {
  it('decodes every file in fpdata/wsq', async () => {
    const files = filesUnder(path.join(fpdata, 'wsq'), '.wsq');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const image = await decodeWsq(new Uint8Array(fs.readFileSync(file)));
      expect(image.pixels.length, file).toBe(image.width * image.height);
      expect(image.width, file).toBeGreaterThan(100);
    }
  });

  it('decodes every WSQ image inside the ANSI/NIST reference transactions', async () => {
    let count = 0;
    for (const file of filesUnder(path.join(fpdata, 'ansinist'), '.an2')) {
      const bytes = new Uint8Array(fs.readFileSync(file));
      for (const start of embeddedWsqStarts(bytes)) {
        const image = await decodeWsq(bytes.subarray(start));
        expect(image.pixels.length, `${file}@${start}`).toBe(image.width * image.height);
        count++;
      }
    }
    console.info(`decoded ${count} WSQ images embedded in the ANSI/NIST reference transactions`);
    expect(count).toBeGreaterThan(14);
  });

  it('agrees with an independent decode of wsq-original.wsq within one gray level on >= 99.9% of pixels', async () => {
    const dir = path.join(fpdata, 'images', 'sourceafis-java');
    const ours = await decodeWsq(new Uint8Array(fs.readFileSync(path.join(dir, 'wsq-original.wsq'))));
    const theirs = decodePng(new Uint8Array(fs.readFileSync(path.join(dir, 'wsq-converted.png'))));
    expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
    let within = 0;
    let exact = 0;
    for (let i = 0; i < ours.pixels.length; i++) {
      const d = Math.abs(ours.pixels[i]! - theirs.pixels[i]!);
      if (d <= 1) within++;
      if (d === 0) exact++;
    }
    const agreement = within / ours.pixels.length;
    console.info(`WSQ agreement with wsq-converted.png: ${(100 * agreement).toFixed(4)}% within 1 gray level, ${((100 * exact) / ours.pixels.length).toFixed(4)}% identical`);
    expect(agreement).toBeGreaterThanOrEqual(0.999);
  });
});
