// The benchmark's resolution rule: --ppi, then the dataset manifest, then the
// image's own header, then 500 ppi reported as a default; never a name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../bench/dataset-manifest';
import { findDatabases, loadImage } from '../../bench/fvc-layout';
import { encodeGrayTiff } from '../../bench/sensors/tiff-encode';
import { decodeImage } from '../../../main/formats/images';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ridgeline-dataset-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function tiff(ppi: number): Uint8Array {
  return encodeGrayTiff({ width: 8, height: 6, pixels: Uint8Array.from({ length: 48 }, (_, i) => i * 5), ppi });
}

function untaggedTiff(): Uint8Array {
  // The same file without its resolution: drop XResolution, YResolution and the unit from the directory.
  const bytes = tiff(500);
  const view = new DataView(bytes.buffer);
  view.setUint16(8, view.getUint16(8, true) - 3, true);
  view.setUint32(8 + 2 + 9 * 12, 0, true);
  return bytes;
}

// DB2_B is the FVC2002 folder whose nominal resolution is 569: the name alone must not say so.
for (const [db, bytes] of [
  ['DB2_B', untaggedTiff()],
  ['tagged', tiff(1000)],
] as const) {
  fs.mkdirSync(path.join(root, db));
  for (const name of ['101_1.tif', '101_2.tif', '102_1.tif']) fs.writeFileSync(path.join(root, db, name), bytes);
}

describe('benchmark resolution', () => {
  it('writes TIFFs whose resolution the product reads back', () => {
    const decoded = decodeImage(tiff(512));
    expect(decoded).toMatchObject({ width: 8, height: 6, ppi: 512, ppiSource: 'file' });
    expect(decoded.pixels[47]).toBe(235);
    expect(decodeImage(untaggedTiff()).ppiSource).toBe('default');
  });

  it('takes the image header, else 500 as a stated default, whatever the folder is called', async () => {
    const dbs = findDatabases(root);
    expect(dbs.map((d) => [d.name, d.images.length])).toEqual([
      ['DB2_B', 3],
      ['tagged', 3],
    ]);
    const [fvc, tagged] = dbs;
    expect((await loadImage(fvc!, fvc!.images[0]!)).ppiSource).toBe('default');
    expect((await loadImage(fvc!, fvc!.images[0]!)).gray.ppi).toBe(500);
    const fromImage = await loadImage(tagged!, tagged!.images[0]!);
    expect([fromImage.gray.ppi, fromImage.ppiSource]).toEqual([1000, 'image']);
  });

  it('lets the manifest and then --ppi override', async () => {
    const manifestFile = path.join(root, 'ridgeline-dataset.json');
    fs.writeFileSync(manifestFile, JSON.stringify({ databases: { DB2_B: { ppi: 569 } }, ppi: 700 }));
    const manifest = readManifest(manifestFile);
    const [fvc, tagged] = findDatabases(root, { manifest });
    expect(await loadImage(fvc!, fvc!.images[0]!)).toMatchObject({ gray: { ppi: 569 }, ppiSource: 'manifest' });
    expect(await loadImage(tagged!, tagged!.images[0]!)).toMatchObject({ gray: { ppi: 700 }, ppiSource: 'manifest' });
    const [forced] = findDatabases(root, { manifest, ppi: 333 });
    expect(await loadImage(forced!, forced!.images[0]!)).toMatchObject({ gray: { ppi: 333 }, ppiSource: 'option' });
  });

  it('refuses a manifest with an implausible resolution', () => {
    const bad = path.join(root, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ databases: { DB1_B: { ppi: 5 } } }));
    expect(() => readManifest(bad)).toThrow(/DB1_B.ppi/);
  });
});
