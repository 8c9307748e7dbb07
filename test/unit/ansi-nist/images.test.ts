import { describe, expect, it } from 'vitest';
import { frictionImageRecord, transaction } from '../../../main/formats/ansi-nist/builders';
import { compressionOf, listImages, type RecordImage } from '../../../main/formats/ansi-nist/image-records';
import { decodeRecordImage, type ImageDecoders } from '../../../main/formats/ansi-nist/images';
import type { BinaryRecord, TaggedRecord } from '../../../main/formats/ansi-nist/model';
import { readTransaction } from '../../../main/formats/ansi-nist/reader';
import { writeTransaction } from '../../../main/formats/ansi-nist/writer';

const header = { typeOfTransaction: 'CAR', date: '20261123', destinationAgency: 'D', originatingAgency: 'O', controlNumber: 'T' };
const seen: string[] = [];
const decoders: ImageDecoders = {
  wsq: (data) => (seen.push('wsq'), { width: 2, height: 1, ppi: 999, pixels: Uint8Array.of(data[0]!, data[1]!) }),
  raster: (data, format) => (seen.push(`raster:${format}`), { width: 1, height: 1, ppi: 72, pixels: Uint8Array.of(data[0]!) }),
};

const base: RecordImage = {
  recordIndex: 2, recordType: 14, idc: 1, positions: [2], impressionType: 1, width: 2, height: 2, ppi: 500, ppiAssumed: false,
  bitsPerPixel: 8, compression: 'none', compressionLabel: 'NONE', friction: true, data: Uint8Array.of(1, 2, 3, 4),
};

describe('decodeRecordImage', () => {
  it('unpacks uncompressed 8-bit, 16-bit, RGB and bi-level rows', async () => {
    expect([...(await decodeRecordImage(base, decoders)).pixels]).toEqual([1, 2, 3, 4]);
    expect([...(await decodeRecordImage({ ...base, bitsPerPixel: 16, data: Uint8Array.of(9, 0, 8, 0, 7, 0, 6, 0) }, decoders)).pixels]).toEqual([9, 8, 7, 6]);
    const rgb = await decodeRecordImage({ ...base, width: 1, height: 1, bitsPerPixel: 24, data: Uint8Array.of(255, 255, 255) }, decoders);
    expect([...rgb.pixels]).toEqual([255]);
    // 10 pixels wide: rows padded to 2 bytes; 1 bits are black ridges.
    const bilevel = await decodeRecordImage({ ...base, width: 10, height: 1, bitsPerPixel: 1, data: Uint8Array.of(0b10000000, 0b01000000) }, decoders);
    expect([...bilevel.pixels]).toEqual([0, 255, 255, 255, 255, 255, 255, 255, 255, 0]);
  });

  it('refuses image data shorter than the declared size', async () => {
    await expect(decodeRecordImage({ ...base, data: Uint8Array.of(1) }, decoders)).rejects.toMatchObject({ code: 'bad-file', details: { record: 2, field: '14.999' } });
  });

  it('routes WSQ and raster codecs, keeping the record resolution', async () => {
    seen.length = 0;
    expect(await decodeRecordImage({ ...base, compression: 'wsq', data: Uint8Array.of(0xff, 0xa0, 0xff, 0xa8) }, decoders)).toMatchObject({ ppi: 500, width: 2 });
    const codestream = Uint8Array.of(0xff, 0x4f, 0xff, 0x51, 0, 0);
    expect(await decodeRecordImage({ ...base, compression: 'jpeg2000-lossless', data: codestream }, decoders)).toMatchObject({ ppi: 500 });
    expect(seen).toEqual(['wsq', 'raster:jpeg2000']);
  });

  it('decodes only the format the record declares, naming what it found instead', async () => {
    seen.length = 0;
    const tiff = Uint8Array.of(0x49, 0x49, 42, 0, 8, 0, 0, 0);
    await expect(decodeRecordImage({ ...base, compression: 'png', compressionLabel: 'PNG', data: tiff }, decoders)).rejects.toMatchObject({
      code: 'bad-file',
      message: expect.stringContaining('declares PNG but its data is TIFF'),
      details: { declared: 'PNG', found: 'tiff' },
    });
    await expect(decodeRecordImage({ ...base, compression: 'wsq', compressionLabel: 'WSQ20', data: Uint8Array.of(0xff, 0xd8, 0xff, 0xe0) }, decoders)).rejects.toMatchObject({ code: 'bad-file' });
    expect(seen).toEqual([]);
  });

  it('names a compression it does not decode', async () => {
    await expect(decodeRecordImage({ ...base, compression: 'unknown', compressionLabel: 'JPEGX' }, decoders)).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringContaining('"JPEGX"'),
      details: { compression: 'JPEGX' },
    });
    await expect(decodeRecordImage({ ...base, recordType: 6, compression: 'fax-g4', compressionLabel: '1' }, decoders)).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('listImages', () => {
  it('maps CGA labels and numeric codes', () => {
    expect(['NONE', 'WSQ20', 'wsq', 'JPEGB', 'JPEGL', 'JP2', 'JP2L', 'PNG', '1', '6', 'XYZ'].map((l) => compressionOf(l))).toEqual([
      'none', 'wsq', 'wsq', 'jpeg', 'jpeg-lossless', 'jpeg2000', 'jpeg2000-lossless', 'png', 'wsq', 'png', 'unknown',
    ]);
    expect(compressionOf('1', true)).toBe('fax-g4');
  });

  it('gives binary records the class resolution, or Type-1 NTR when ISR says so', () => {
    const record = (type: 3 | 4, isr: number): BinaryRecord => ({ encoding: 'binary', type, length: 0, idc: 1, header: { imp: 0, fgp: [1, 255, 255, 255, 255, 255], isr, hll: 1, vll: 1, compression: 0 }, data: Uint8Array.of(0) });
    const tx = transaction(header, [record(3, 0), record(4, 0), record(4, 1)]);
    const type1 = tx.records[0] as TaggedRecord;
    type1.fields = type1.fields.map((f) => (f.number === 12 ? { number: 12, subfields: [['39.37']] } : f));
    const images = listImages(readTransaction(writeTransaction(tx)).transaction);
    expect(images.map((i) => i.ppi)).toEqual([250, 500, 1000]);
  });

  it('reads tagged scale units: ppi, pixels per cm, and none', () => {
    const image = (scale: string, thps: string) => {
      const r = frictionImageRecord({ idc: 1, recordType: 14, impression: 0, sourceAgency: 'S', captureDate: '20260101', width: 1, height: 1, ppi: 500, compression: 'NONE', positions: [1], data: Uint8Array.of(0) });
      r.fields = r.fields.map((f) => (f.number === 8 ? { number: 8, subfields: [[scale]] } : f.number === 9 ? { number: 9, subfields: [[thps]] } : f));
      return r;
    };
    const images = listImages(transaction(header, [image('1', '1000'), image('2', '197'), image('0', '1')]));
    expect(images.map((i) => [i.ppi, i.ppiAssumed])).toEqual([[1000, false], [500.38, false], [500, true]]);
  });
});
