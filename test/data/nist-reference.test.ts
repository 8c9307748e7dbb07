// Every NIST reference transaction parses, round-trips byte for byte through our
// writer, and every fingerprint image in it decodes at its declared size.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDecoders } from '../../main/formats/ansi-nist/decoders';
import { listImages } from '../../main/formats/ansi-nist/image-records';
import { decodeRecordImage } from '../../main/formats/ansi-nist/images';
import { inspectTransaction } from '../../main/formats/ansi-nist/inspect';
import { readTransaction } from '../../main/formats/ansi-nist/reader';
import { writeTransaction } from '../../main/formats/ansi-nist/writer';
import { fpdataFolder } from './fpdata';

const folder = fpdataFolder('ansinist', 'nist-reference');
const files = folder ? fs.readdirSync(folder).filter((f) => f.endsWith('.an2')).sort() : [];
const load = (file: string) => new Uint8Array(fs.readFileSync(path.join(folder!, file)));

describe.skipIf(!folder)('NIST reference transactions', () => {
  it('holds the reference files', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('%s parses, names its fields and rewrites to the same bytes', (file) => {
    const bytes = load(file);
    const read = readTransaction(bytes);
    expect(read.layout.reduce((sum, r) => sum + r.length, 0)).toBe(bytes.length);
    // Only the deliberately odd version "0" of rec01_rec02_rec16 is tolerated.
    for (const w of read.warnings) expect(w.code).toBe('unknown-version');
    expect(Buffer.from(writeTransaction(read.transaction)).equals(Buffer.from(bytes))).toBe(true);
    const inspection = inspectTransaction(read);
    expect(inspection.records[0]!.fields.find((f) => f.tag === '1.003')?.mnemonic).toBe('CNT');
  });

  it.each(files)('%s: every fingerprint image decodes at its declared size', async (file) => {
    const read = readTransaction(load(file));
    for (const image of listImages(read.transaction).filter((i) => i.friction)) {
      const gray = await decodeRecordImage(image, defaultDecoders);
      expect([gray.width, gray.height], `record ${image.recordIndex}`).toEqual([image.width, image.height]);
      expect(gray.pixels.length).toBe(gray.width * gray.height);
      expect(gray.ppi).toBeGreaterThan(0);
    }
  });

  it('reads the UTF-8 text of type-14-amp-nqm-utf8', () => {
    const read = readTransaction(load('type-14-amp-nqm-utf8.an2'));
    expect(read.encoding).toBe('utf-8');
    const text = JSON.stringify(inspectTransaction(read).records[1]!.fields);
    expect(text).toMatch(/[\u4e00-\u9fff]{2}/);
  });

  it('places NIST standard and INCITS 378 minutiae of the same finger at the same pixels', async () => {
    const { readType9Features } = await import('../../main/formats/efs/type9');
    const standard = readType9Features(readTransaction(load('type-9-14-std.an2')).transaction)[0]!.standard!;
    const incits = readType9Features(readTransaction(load('type-9-14-m1.an2')).transaction)[0]!.incits!;
    expect(standard.minutiae).toHaveLength(incits.minutiae.length);
    const first = [standard.minutiae[0]!, incits.minutiae[0]!];
    expect(Math.abs(first[0]!.x - first[1]!.x)).toBeLessThan(1.5);
    expect(Math.abs(first[0]!.y - first[1]!.y)).toBeLessThan(1.5);
  });
});

describe.skipIf(!folder)('IAFIS minutiae block', () => {
  it('lands on the same pixels and directions as the INCITS 378 block of the same finger', async () => {
    const { readType9Features } = await import('../../main/formats/efs/type9');
    const iafis = readType9Features(readTransaction(load('type-9-4-iafis.an2')).transaction)[0]!.iafis!;
    const incits = readType9Features(readTransaction(load('type-9-14-m1.an2')).transaction)[0]!.incits!;
    expect(iafis.minutiae).toHaveLength(incits.minutiae.length);
    const [a, b] = [iafis.minutiae[0]!, incits.minutiae[0]!];
    expect(Math.abs(a.x - b.x)).toBeLessThan(1.5);
    expect(Math.abs(a.y - b.y)).toBeLessThan(1.5);
    const gap = Math.abs(a.direction - b.direction) % (2 * Math.PI);
    expect(Math.min(gap, 2 * Math.PI - gap)).toBeLessThan((3 * Math.PI) / 180);
  });
});
