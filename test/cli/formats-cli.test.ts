import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index';
import { frictionImageRecord, transaction, type2Record } from '../../main/formats/ansi-nist/builders';
import type { BinaryRecord } from '../../main/formats/ansi-nist/model';
import { writeTransaction } from '../../main/formats/ansi-nist/writer';
import { efsRecord } from '../../main/formats/efs/write-efs';
import { tempDir } from '../helpers/workspace';
import { encodeWsq } from '../native/wsq-encoder';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const header = { typeOfTransaction: 'PXEQ', date: '20261123', destinationAgency: 'DEST00001', originatingAgency: 'PARTNERA1', controlNumber: 'TCN-7' };
const W = 64;
const H = 48;
const ridges = Uint8Array.from({ length: W * H }, (_, i) => 128 + Math.round(100 * Math.sin(((i % W) + Math.floor(i / W)) / 3)));

function samplePacket(): string {
  const wsq = encodeWsq(W, H, ridges, { ppi: 500 });
  const type4: BinaryRecord = {
    encoding: 'binary', type: 4, length: 0, idc: 3,
    header: { imp: 1, fgp: [7, 255, 255, 255, 255, 255], isr: 0, hll: W, vll: H, compression: 1 },
    data: wsq,
  };
  const image = (idc: number, position: number, compression: string, data: Uint8Array) =>
    frictionImageRecord({ idc, recordType: 14, impression: 1, sourceAgency: 'PARTNERA1', captureDate: '20261120', width: W, height: H, ppi: 1000, compression, positions: [position], data });
  const efs = efsRecord({
    idc: 1, impression: 1, ppi: 1000,
    efs: { roi: null, fingerPosition: 2, cores: [], deltas: [], minutiae: [{ x: 10, y: 12, direction: 0.5, type: 'bifurcation', quality: null }], methods: [], comment: null, latentProcessing: [], analysis: null, correspondences: [], determination: null },
  });
  const bytes = writeTransaction(transaction({ ...header, encoding: 'utf-8' }, [type2Record(0, [{ number: 3, subfields: [['Zürich 北京']] }]), efs, image(1, 2, 'NONE', ridges), image(2, 3, 'WSQ20', wsq), type4, image(4, 4, 'JPEGX', new Uint8Array(10))]));
  const file = path.join(tempDir(), 'sample.an2');
  fs.writeFileSync(file, bytes);
  return file;
}

/** The pixels-per-metre of a PNG's pHYs chunk. */
function pngPhys(bytes: Buffer): number | null {
  const at = bytes.indexOf('pHYs');
  return at < 0 ? null : bytes.readUInt32BE(at + 4);
}

describe('ridgeline inspect', () => {
  it('--json lists records, named fields, images, features and warnings', async () => {
    const { code, stdout } = await cli('inspect', samplePacket(), '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.records.map((r: { type: number }) => r.type)).toEqual([1, 2, 9, 14, 14, 4, 14]);
    expect(report.records[0].fields).toEqual(expect.arrayContaining([expect.objectContaining({ tag: '1.008', mnemonic: 'ORI', value: 'PARTNERA1' })]));
    expect(report.records[1].fields[2].value).toBe('Zürich 北京');
    expect(report.records[5].fields.map((f: { mnemonic: string }) => f.mnemonic)).toEqual(['LEN', 'IDC', 'IMP', 'FGP', 'ISR', 'HLL', 'VLL', 'GCA', 'DATA']);
    expect(report.images).toHaveLength(4);
    expect(report.images[0]).toMatchObject({ record: 3, positions: [{ code: 2, name: 'right index' }], ppi: 1000, compression: 'none' });
    expect(report.features).toEqual([{ record: 2, idc: 1, blocks: [{ block: 'efs', minutiae: 1, cores: 0, deltas: 0 }] }]);
    expect(report.warnings).toEqual([]);
  });

  it('prints a readable listing without --json', async () => {
    const { code, stdout } = await cli('inspect', samplePacket());
    expect(code).toBe(0);
    expect(stdout).toMatch(/Record 3: Type-14 Variable-resolution fingerprint image/);
    expect(stdout).toMatch(/14\.013\s+FGP\s+2/);
  });

  it('reports a corrupt file as bad-file with its location', async () => {
    const file = samplePacket();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 100));
    const { code, stdout } = await cli('inspect', file, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).error).toMatchObject({ code: 'bad-file', details: { record: 6 } });
  });

  it('refuses a missing file', async () => {
    const { code, stderr } = await cli('inspect', path.join(tempDir(), 'nope.an2'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/not-found/);
  });
});

describe('ridgeline images', () => {
  it('writes a PNG per decodable image with its ppi, and names the compression it cannot decode', async () => {
    const out = tempDir();
    const { code, stdout } = await cli('images', samplePacket(), '--out', out, '--json');
    const report = JSON.parse(stdout);
    expect(report.written.map((w: { record: number }) => w.record)).toEqual([3, 4, 5]);
    expect(report.skipped).toEqual([expect.objectContaining({ record: 6, code: 'unsupported', reason: expect.stringContaining('JPEGX') })]);
    expect(code).toBe(1); // a fingerprint image was not decoded
    const first = fs.readFileSync(report.written[0].file);
    expect(first.subarray(1, 4).toString()).toBe('PNG');
    expect(pngPhys(first)).toBe(Math.round(1000 / 0.0254));
    expect(pngPhys(fs.readFileSync(report.written[2].file))).toBe(Math.round(500 / 0.0254));
    expect(path.basename(report.written[1].file)).toBe('sample-r04-t14-fgp3.png');
  });
});

describe('ridgeline wsq', () => {
  const wsqFile = () => {
    const file = path.join(tempDir(), 'print.wsq');
    fs.writeFileSync(file, encodeWsq(W, H, ridges, { ppi: 500 }));
    return file;
  };

  it('decodes to raw rows and to PNG', async () => {
    const dir = tempDir();
    const raw = await cli('wsq', wsqFile(), '--out', path.join(dir, 'x.raw'), '--json');
    expect(raw.code).toBe(0);
    expect(JSON.parse(raw.stdout)).toMatchObject({ width: W, height: H, ppi: 500, ppiSource: 'nistcom' });
    const pixels = fs.readFileSync(path.join(dir, 'x.raw'));
    expect(pixels.length).toBe(W * H);
    // Lossy, but close to the source on average.
    const meanError = pixels.reduce((sum, p, i) => sum + Math.abs(p - ridges[i]!), 0) / pixels.length;
    expect(meanError).toBeLessThan(12);
    const png = await cli('wsq', wsqFile(), '--out', path.join(dir, 'x.png'));
    expect(png.code).toBe(0);
    expect(pngPhys(fs.readFileSync(path.join(dir, 'x.png')))).toBe(Math.round(500 / 0.0254));
  });

  it('rejects a non-WSQ file and an unknown output type', async () => {
    const dir = tempDir();
    const notWsq = path.join(dir, 'a.wsq');
    fs.writeFileSync(notWsq, 'hello');
    expect((await cli('wsq', notWsq, '--out', path.join(dir, 'a.png'))).code).toBe(1);
    expect((await cli('wsq', wsqFile(), '--out', path.join(dir, 'a.bmp'))).code).toBe(2);
  });
});
