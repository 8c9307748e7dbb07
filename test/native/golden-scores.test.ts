// Golden scores: a fixed set of synthetic pairs, made deterministically by the
// project's generator, whose scores are pinned in golden-scores.json. A change
// that claims "same scores, only faster" is proven by this test passing
// unchanged; a change meant to alter scores updates the file on purpose:
//   RIDGELINE_UPDATE_GOLDEN=1 npx vitest run test/native/golden-scores.test.ts
// and the diff of the JSON shows what moved. Two layers are pinned apart, so a
// failure says which stage changed: comparison alone (generator ground-truth
// minutiae) and extraction + comparison (rendered images).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMasterFinger, renderImpression, type ImpressionOptions, type MasterFinger } from '../../main/core/synthetic';
import { compare, extract, type Template } from '../../native-matcher';

const GOLDEN_FILE = path.join(__dirname, 'golden-scores.json');
const update = process.env['RIDGELINE_UPDATE_GOLDEN'] === '1';

interface GoldenPair {
  name: string;
  score: number;
  pairs: number;
}

interface Golden {
  comparison: GoldenPair[];
  endToEnd: GoldenPair[];
}

// Four fingers of different pattern classes; two impressions each with the
// variation of a real capture (rotation, shift, partial contact, skin).
const FINGERS = [
  { seed: 7001, pattern: 'whorl' },
  { seed: 7002, pattern: 'left-loop' },
  { seed: 7003, pattern: 'right-loop' },
  { seed: 7004, pattern: 'arch' },
] as const;

const IMPRESSIONS: Omit<ImpressionOptions, 'seed'>[] = [
  { rotation: 0.1, dx: -8, dy: 6, visibleFraction: 0.95, pressure: 0.2, noise: 4 },
  { rotation: -0.35, dx: 14, dy: -10, visibleFraction: 0.7, dryness: 0.3, pressure: -0.3, noise: 6, blur: 0.9 },
];

interface Print {
  finger: number;
  truth: Template;
  rendered: ReturnType<typeof renderImpression>;
}

function prints(): Print[] {
  const masters: MasterFinger[] = FINGERS.map((f) => generateMasterFinger({ seed: f.seed, pattern: f.pattern, width: 320, height: 380 }));
  return masters.flatMap((master, finger) =>
    IMPRESSIONS.map((options, k) => {
      const rendered = renderImpression(master, { seed: 100 * finger + k, ...options });
      const { width, height, ppi } = rendered.image;
      return { finger, truth: { width, height, ppi, minutiae: rendered.minutiae }, rendered };
    }),
  );
}

/** Every genuine pair and one impostor pair per pair of fingers (first impressions). */
function protocol(all: Print[]): { name: string; a: number; b: number }[] {
  const pairs = [];
  for (let f = 0; f < FINGERS.length; f++) pairs.push({ name: `genuine ${f}/0-${f}/1`, a: 2 * f, b: 2 * f + 1 });
  for (let f = 0; f < FINGERS.length; f++) {
    for (let g = f + 1; g < FINGERS.length; g++) pairs.push({ name: `impostor ${f}/0-${g}/1`, a: 2 * f, b: 2 * g + 1 });
  }
  return pairs.filter((p) => p.a < all.length && p.b < all.length);
}

async function scoreAll(templates: Template[], pairs: { name: string; a: number; b: number }[]): Promise<GoldenPair[]> {
  const out: GoldenPair[] = [];
  for (const p of pairs) {
    const result = await compare(templates[p.a]!, templates[p.b]!);
    out.push({ name: p.name, score: result.score, pairs: result.pairs.length });
  }
  return out;
}

describe('golden scores', () => {
  it('scores the fixed synthetic pairs exactly as pinned', { timeout: 120_000 }, async () => {
    const all = prints();
    const pairs = protocol(all);
    const comparison = await scoreAll(
      all.map((p) => p.truth),
      pairs,
    );
    const extracted: Template[] = [];
    for (const p of all) extracted.push((await extract(p.rendered.image)).template);
    const endToEnd = await scoreAll(extracted, pairs);
    const measured: Golden = { comparison, endToEnd };
    if (update || !fs.existsSync(GOLDEN_FILE)) {
      fs.writeFileSync(GOLDEN_FILE, `${JSON.stringify(measured, null, 2)}\n`);
      if (!update) throw new Error(`${GOLDEN_FILE} was missing and has been written; review it and run again`);
    }
    const golden = JSON.parse(fs.readFileSync(GOLDEN_FILE, 'utf8')) as Golden;
    // Exact equality: doubles survive JSON unchanged, and the matcher is deterministic.
    expect(measured.comparison).toEqual(golden.comparison);
    expect(measured.endToEnd).toEqual(golden.endToEnd);
  });

  it('keeps the pinned set meaningful: genuine pairs above the threshold, impostors below', () => {
    const golden = JSON.parse(fs.readFileSync(GOLDEN_FILE, 'utf8')) as Golden;
    for (const pair of [...golden.comparison, ...golden.endToEnd]) {
      if (pair.name.startsWith('genuine')) expect(pair.score, pair.name).toBeGreaterThanOrEqual(30);
      else expect(pair.score, pair.name).toBeLessThan(30);
    }
  });
});
