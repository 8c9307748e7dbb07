// Bad input never crashes, hangs or allocates without bound: every case is a
// RidgelineError with a contract code.
import { describe, expect, it } from 'vitest';
import { compare, extract, Gallery, type GrayImage, type Template } from '../../native-matcher';
import { codeOf, randomTemplate, seeded } from './matcher-fixtures';

const image = (over: Partial<GrayImage> & Record<string, unknown>): GrayImage => ({ width: 64, height: 64, ppi: 500, pixels: new Uint8Array(64 * 64), ...over }) as GrayImage;
const good = randomTemplate(seeded(1), 20);
const bad = (over: Record<string, unknown>) => ({ ...good, ...over }) as unknown as Template;
const badMinutia = (over: Record<string, unknown>) => bad({ minutiae: [{ ...good.minutiae[0], ...over }] });

describe('extract refuses bad images with invalid-argument', () => {
  const cases: [string, unknown][] = [
    ['no image', undefined],
    ['a string', 'image.tif'],
    ['empty pixels', image({ width: 0, height: 0, pixels: new Uint8Array(0) })],
    ['zero width', image({ width: 0 })],
    ['negative height', image({ height: -5 })],
    ['fractional width', image({ width: 63.5 })],
    ['absurd dimensions (no allocation)', image({ width: 1e9, height: 1e9 })],
    ['width times height beyond the pixel budget', image({ width: 16384, height: 16384, pixels: new Uint8Array(4) })],
    ['NaN ppi', image({ ppi: Number.NaN })],
    ['infinite ppi', image({ ppi: Number.POSITIVE_INFINITY })],
    ['zero ppi', image({ ppi: 0 })],
    ['pixels shorter than width x height', image({ pixels: new Uint8Array(100) })],
    ['pixels longer than width x height', image({ pixels: new Uint8Array(64 * 64 + 1) })],
    ['pixels as a plain array', image({ pixels: [1, 2, 3] as unknown as Uint8Array })],
    ['pixels as Float32Array', image({ pixels: new Float32Array(64 * 64) as unknown as Uint8Array })],
  ];
  it.each(cases)('%s', async (_, input) => {
    expect(await codeOf(extract(input as GrayImage))).toBe('invalid-argument');
  });

  it('copes with content that is not a fingerprint: noise, flat, tiny', async () => {
    const next = seeded(9);
    const noise = image({ width: 300, height: 300, pixels: Uint8Array.from({ length: 300 * 300 }, () => Math.floor(next() * 256)) });
    for (const input of [noise, image({ pixels: new Uint8Array(64 * 64).fill(255) }), image({ width: 1, height: 1, pixels: new Uint8Array(1) })]) {
      const code = await codeOf(extract(input));
      expect(['no error', 'invalid-argument']).toContain(code);
    }
  });
});

describe('compare and Gallery refuse bad templates with invalid-argument', () => {
  const cases: [string, unknown][] = [
    ['null', null],
    ['an array', [good]],
    ['minutiae not an array', bad({ minutiae: 'many' })],
    ['too many minutiae (no allocation)', bad({ minutiae: { length: 1e9 } })],
    ['more minutiae than any print has', bad({ minutiae: Array.from({ length: 5000 }, () => good.minutiae[0]) })],
    ['NaN x', badMinutia({ x: Number.NaN })],
    ['infinite direction', badMinutia({ direction: Number.POSITIVE_INFINITY })],
    ['unknown type', badMinutia({ type: 'island' })],
    ['quality above 100', badMinutia({ quality: 101 })],
    ['negative width', bad({ width: -1 })],
    ['NaN ppi', bad({ ppi: Number.NaN })],
  ];
  it.each(cases)('compare: %s', async (_, input) => {
    expect(await codeOf(compare(input as Template, good))).toBe('invalid-argument');
    expect(await codeOf(compare(good, input as Template))).toBe('invalid-argument');
  });
  it.each(cases)('gallery add and search: %s', async (_, input) => {
    const gallery = new Gallery();
    expect(await codeOf(() => gallery.add('x', input as Template))).toBe('invalid-argument');
    expect(await codeOf(gallery.search(input as Template, { top: 1 }))).toBe('invalid-argument');
    expect(gallery.size).toBe(0);
  });

  it('refuses bad ids and search options', async () => {
    const gallery = new Gallery();
    expect(await codeOf(() => gallery.add('', good))).toBe('invalid-argument');
    expect(await codeOf(() => gallery.add(7 as unknown as string, good))).toBe('invalid-argument');
    expect(await codeOf(() => gallery.add('x'.repeat(5000), good))).toBe('invalid-argument');
    for (const top of [0, -1, 1.5, Number.NaN, 1e12]) expect(await codeOf(gallery.search(good, { top }))).toBe('invalid-argument');
    expect(await codeOf(gallery.search(good, { top: 1, threads: -1 }))).toBe('invalid-argument');
  });
});
