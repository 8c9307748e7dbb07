// The Node-API bindings end to end: extraction and comparison run off the JS
// thread, results have the documented shapes, comparisons are symmetric and
// their pairs are real correspondences, templates survive our file formats.
import { describe, expect, it } from 'vitest';
import { generateMasterFinger, renderImpression } from '../../main/core/synthetic';
import { decodeTemplate, encodeTemplate } from '../../main/formats/templates';
import { compare, extract, MATCH_THRESHOLD, matchThreshold, type Template } from '../../native-matcher';
import { moved, randomTemplate, seeded } from './matcher-fixtures';

describe('extract', () => {
  const master = generateMasterFinger({ seed: 11, pattern: 'right-loop' });
  const impression = renderImpression(master, { seed: 1 });

  it('returns minutiae in source pixels and a region-of-interest mask', async () => {
    const { template, roi } = await extract(impression.image);
    expect(template).toMatchObject({ width: impression.image.width, height: impression.image.height, ppi: impression.image.ppi });
    expect(template.minutiae.length).toBeGreaterThan(10);
    for (const m of template.minutiae) {
      expect(m.x).toBeGreaterThanOrEqual(0);
      expect(m.x).toBeLessThan(template.width);
      expect(m.y).toBeGreaterThanOrEqual(0);
      expect(m.y).toBeLessThan(template.height);
      expect(m.direction).toBeGreaterThanOrEqual(0);
      expect(m.direction).toBeLessThan(2 * Math.PI);
      expect(['ending', 'bifurcation', 'other']).toContain(m.type);
      expect(m.quality).toBeGreaterThanOrEqual(0);
      expect(m.quality).toBeLessThanOrEqual(100);
    }
    expect(roi.foreground).toBeInstanceOf(Uint8Array);
    expect(roi.foreground.length).toBe(roi.columns * roi.rows);
    expect(roi.columns * roi.blockSize).toBeGreaterThanOrEqual(template.width);
  });

  it('keeps the JS thread free while it works', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const jobs = Array.from({ length: 4 }, () => extract(impression.image));
    await Promise.all(jobs);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it('pairs true correspondences between two impressions of one finger', async () => {
    const other = renderImpression(master, { seed: 2, rotation: 0.6, dx: 12, dy: -8 });
    const stranger = renderImpression(generateMasterFinger({ seed: 12, pattern: 'whorl' }), { seed: 3 });
    const [a, b, c] = await Promise.all([extract(impression.image), extract(other.image), extract(stranger.image)]);
    const genuine = await compare(a.template, b.template);
    const impostor = await compare(a.template, c.template);
    expect(genuine.score).toBeGreaterThan(impostor.score);
    expect(genuine.pairs.length).toBeGreaterThan(6);
    expect(genuine.transform.rotation).toBeDefined();
  });
});

describe('compare', () => {
  const next = seeded(5);
  const probe = randomTemplate(next);
  const mate = moved(probe, 1.1, 15, -20, next);
  const stranger = randomTemplate(next);

  it('scores a moved copy above a different template and finds the transform', async () => {
    const genuine = await compare(probe, mate);
    const impostor = await compare(probe, stranger);
    expect(genuine.score).toBeGreaterThan(impostor.score);
    // Rotation comes back as the applied 1.1 rad (mod 2π, within a few degrees).
    const gap = Math.abs(((genuine.transform.rotation - 1.1 + 3 * Math.PI) % (2 * Math.PI)) - Math.PI);
    expect(gap).toBeLessThan(0.1);
    expect(Number.isFinite(genuine.transform.dx) && Number.isFinite(genuine.transform.dy)).toBe(true);
  });

  it('returns pairs whose indices are true correspondences', async () => {
    const { pairs } = await compare(probe, mate);
    expect(pairs.length).toBeGreaterThan(probe.minutiae.length / 2);
    // `moved` keeps minutia order, so a true pair joins equal indices.
    const correct = pairs.filter((p) => p.probe === p.candidate).length;
    expect(correct / pairs.length).toBeGreaterThan(0.9);
    for (const p of pairs) {
      expect(p.probe).toBeLessThan(probe.minutiae.length);
      expect(p.candidate).toBeLessThan(mate.minutiae.length);
      expect(Number.isFinite(p.weight)).toBe(true);
    }
  });

  it('is symmetric: compare(a, b).score equals compare(b, a).score', async () => {
    for (const [a, b] of [
      [probe, mate],
      [probe, stranger],
      [mate, stranger],
    ] as [Template, Template][]) {
      expect((await compare(a, b)).score).toBeCloseTo((await compare(b, a)).score, 9);
    }
  });

  it('exports the calibrated threshold, with a moved copy above it and a stranger below', async () => {
    expect(MATCH_THRESHOLD).toBe(matchThreshold());
    if (MATCH_THRESHOLD === undefined) return; // this build's comparison stage defines none yet
    expect((await compare(probe, mate)).score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect((await compare(probe, stranger)).score).toBeLessThan(MATCH_THRESHOLD);
  });

  it('scores templates the same after an RDLT round trip', async () => {
    const stored = decodeTemplate(encodeTemplate(mate, 'rdlt'));
    const direct = await compare(probe, mate);
    const viaFile = await compare(probe, stored);
    expect(viaFile.score).toBeCloseTo(direct.score, 0);
  });

  it('still matches after ISO/IEC 19794-2 and ANSI 378 export', async () => {
    const impostor = await compare(probe, stranger);
    for (const format of ['iso19794-2', 'ansi378'] as const) {
      const exported = decodeTemplate(encodeTemplate(mate, format));
      expect((await compare(probe, exported)).score).toBeGreaterThan(impostor.score);
    }
  });
});
