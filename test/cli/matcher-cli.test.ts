// ridgeline extract / compare / search on synthetic prints written as TIFF
// files (no shared data needed), plus their typed failures and exit codes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index';
import { generateMasterFinger, renderImpression } from '../../main/core/synthetic';
import { decodeTemplate, detectTemplateFormat } from '../../main/formats/templates';
import type { GrayImage } from '../../native-matcher';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Baseline 8-bit gray uncompressed TIFF, one strip, no resolution tags (like FVC). */
function tiff(image: GrayImage): Uint8Array {
  const tags: [number, number, number][] = [
    [256, 4, image.width],
    [257, 4, image.height],
    [258, 3, 8],
    [259, 3, 1],
    [262, 3, 1],
    [273, 4, 0], // strip offset, patched below
    [277, 3, 1],
    [278, 4, image.height],
    [279, 4, image.pixels.length],
  ];
  const ifdSize = 2 + tags.length * 12 + 4;
  const dataOffset = 8 + ifdSize;
  const bytes = new Uint8Array(dataOffset + image.pixels.length);
  const view = new DataView(bytes.buffer);
  bytes.set([0x49, 0x49, 42, 0]);
  view.setUint32(4, 8, true);
  view.setUint16(8, tags.length, true);
  tags.forEach(([tag, type, value], i) => {
    const at = 10 + i * 12;
    view.setUint16(at, tag, true);
    view.setUint16(at + 2, type, true);
    view.setUint32(at + 4, 1, true);
    if (type === 3) view.setUint16(at + 8, value, true);
    else view.setUint32(at + 8, tag === 273 ? dataOffset : value, true);
  });
  bytes.set(image.pixels, dataOffset);
  return bytes;
}

describe('ridgeline extract / compare / search', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ridgeline-matcher-cli-'));
  const gallery = path.join(dir, 'gallery');
  const file = (name: string) => path.join(dir, name);

  beforeAll(() => {
    const finger = generateMasterFinger({ seed: 21, pattern: 'left-loop' });
    const stranger = generateMasterFinger({ seed: 22, pattern: 'whorl' });
    fs.mkdirSync(gallery);
    fs.writeFileSync(file('probe.tif'), tiff(renderImpression(finger, { seed: 1 }).image));
    fs.writeFileSync(path.join(gallery, 'mate.tif'), tiff(renderImpression(finger, { seed: 2, rotation: 0.4, dx: 10 }).image));
    fs.writeFileSync(path.join(gallery, 'stranger.tif'), tiff(renderImpression(stranger, { seed: 3 }).image));
    fs.writeFileSync(path.join(gallery, 'broken.tif'), new Uint8Array([0x49, 0x49, 42, 0, 1, 2]));
  });

  it('extract prints minutiae and writes templates in each format', async () => {
    const result = await cli('extract', file('probe.tif'), '--json', '--out', file('probe.rdlt'));
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.image).toMatchObject({ width: 400, height: 440, ppi: 500 });
    expect(json.template.minutiae.length).toBeGreaterThan(10);
    expect(typeof json.roi.foreground).toBe('string');
    expect(decodeTemplate(new Uint8Array(fs.readFileSync(file('probe.rdlt')))).minutiae).toHaveLength(json.template.minutiae.length);
    for (const format of ['iso19794-2', 'ansi378'] as const) {
      expect((await cli('extract', file('probe.tif'), '--out', file(`probe.${format}`), '--format', format)).code).toBe(0);
      expect(detectTemplateFormat(new Uint8Array(fs.readFileSync(file(`probe.${format}`))))).toBe(format);
    }
    const human = await cli('extract', file('probe.tif'), '--ppi', '1000');
    expect(human.stdout).toMatch(/400x440 at 1000 ppi/);
    expect(human.stdout).toMatch(/\d+ minutiae \(\d+ ridge endings, \d+ bifurcations/);
  });

  it('compare explains a comparison: score, pairs with positions, transform', async () => {
    const mate = JSON.parse((await cli('compare', file('probe.tif'), path.join(gallery, 'mate.tif'), '--json')).stdout);
    const stranger = JSON.parse((await cli('compare', file('probe.tif'), path.join(gallery, 'stranger.tif'), '--json')).stdout);
    expect(mate.score).toBeGreaterThan(stranger.score);
    expect(mate.pairs.length).toBeGreaterThan(5);
    expect(mate.pairs[0]).toMatchObject({ probeAt: { x: expect.any(Number) }, candidateAt: { y: expect.any(Number) } });
    expect(mate.transform).toMatchObject({ rotation: expect.any(Number), dx: expect.any(Number), dy: expect.any(Number), scale: expect.any(Number) });
    expect('threshold' in mate && 'hint' in mate).toBe(true);
    if (mate.threshold !== null) expect(['above threshold', 'below threshold']).toContain(mate.hint);
  });

  it('compare takes template files as well as images', async () => {
    await cli('extract', file('probe.tif'), '--out', file('probe.rdlt'));
    const result = await cli('compare', file('probe.rdlt'), path.join(gallery, 'mate.tif'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^score \d/);
    expect(result.stdout).toMatch(/paired minutiae/);
  });

  it('search ranks the mate first and reports unreadable gallery files', async () => {
    const result = await cli('search', file('probe.tif'), '--gallery', gallery, '--top', '2', '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.gallery.templates).toBe(2);
    expect(json.candidates).toHaveLength(2);
    expect(json.candidates[0]).toMatchObject({ rank: 1, id: 'mate.tif' });
    expect(json.skipped).toEqual([expect.objectContaining({ file: 'broken.tif', code: 'bad-file' })]);
  });

  it('fails with typed errors and exit codes', async () => {
    const missing = await cli('extract', file('nope.tif'), '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe('not-found');
    const junk = await cli('compare', path.join(gallery, 'broken.tif'), file('probe.tif'));
    expect(junk.code).toBe(1);
    expect(junk.stderr).toMatch(/bad-file/);
    expect((await cli('extract', file('probe.tif'), '--ppi', 'NaN')).code).toBe(2);
    expect((await cli('search', file('probe.tif'))).code).toBe(2);
    expect((await cli('search', file('probe.tif'), '--gallery', gallery, '--top', '0')).code).toBe(2);
    expect((await cli('compare', file('probe.tif'))).code).toBe(2);
  });
});
