// Real-data checks of the image codecs (skipped when ../shared/fpdata is
// absent): every FVC2002 TIFF decodes at its documented size, and the BMP,
// PNG and JPEG copies of the same probe image agree.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { decodeImage } from '../../main/formats/images';
import { FPDATA } from './fpdata';

const present = fs.existsSync(FPDATA);
if (!present) console.warn(`[skipped] image codec reference tests: real fingerprint data not found at ${FPDATA}`);

const SIZES: Record<string, [number, number]> = { DB1_B: [388, 374], DB2_B: [296, 560], DB3_B: [300, 300], DB4_B: [288, 384] };

describe.skipIf(!present)('image codecs on real data', () => {
  it('decodes every FVC2002 TIFF at its documented size', () => {
    let count = 0;
    for (const [db, [width, height]] of Object.entries(SIZES)) {
      const dir = path.join(FPDATA, 'fvc2002', db);
      if (!fs.existsSync(dir)) continue;
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.tif'))) {
        const image = decodeImage(new Uint8Array(fs.readFileSync(path.join(dir, file))));
        expect([image.format, image.width, image.height], file).toEqual(['tiff', width, height]);
        count++;
      }
    }
    expect(count).toBe(320);
  });

  it('decodes the probe as PNG, BMP (identical pixels) and JPEG (close)', () => {
    const dir = path.join(FPDATA, 'images', 'sourceafis-java');
    const read = (name: string) => decodeImage(new Uint8Array(fs.readFileSync(path.join(dir, name))));
    const png = read('probe.png');
    expect(read('probe.bmp').pixels).toEqual(png.pixels);
    const jpeg = read('probe.jpeg');
    expect([jpeg.width, jpeg.height]).toEqual([png.width, png.height]);
    const meanError = jpeg.pixels.reduce((s, v, i) => s + Math.abs(v - png.pixels[i]!), 0) / png.pixels.length;
    expect(meanError).toBeLessThan(3);
  });
});
