// Measurement steps of the matcher benchmark, one per figure.
import { performance } from 'node:perf_hooks';
import { compare, extract, Gallery, type Template } from '../../native-matcher';
import { toRidgelineError } from '../../native-matcher/lib/errors';
import type { ScorePair } from '../../main/core/matching';
import { loadImage, type FvcDatabase, type FvcImage, type PpiSource } from './fvc-layout';

export interface Enrolled extends FvcImage {
  template: Template;
  extractionMs: number;
  ppiSource: PpiSource;
  failure?: string;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Extracts every image one at a time so each timing is one extraction alone. */
export async function enrol(db: FvcDatabase): Promise<Enrolled[]> {
  const enrolled: Enrolled[] = [];
  for (const image of db.images) {
    const { gray, ppiSource } = await loadImage(db, image);
    const start = performance.now();
    try {
      const features = await extract(gray);
      enrolled.push({ ...image, template: features.template, extractionMs: performance.now() - start, ppiSource });
    } catch (error) {
      // A failure to extract stays in the protocol: its comparisons score 0 (non-match).
      const empty: Template = { width: gray.width, height: gray.height, ppi: gray.ppi, minutiae: [] };
      enrolled.push({ ...image, template: empty, extractionMs: performance.now() - start, ppiSource, failure: toRidgelineError(error).message });
    }
  }
  return enrolled;
}

/** Scores protocol pairs, a few in flight so both cores stay busy. */
export async function scorePairs(pairs: readonly ScorePair<Enrolled>[], inFlight = 8): Promise<number[]> {
  const scores = new Array<number>(pairs.length);
  let next = 0;
  const worker = async () => {
    while (next < pairs.length) {
      const index = next++;
      const { a, b } = pairs[index]!;
      scores[index] = (await compare(a.template, b.template)).score;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return scores;
}

export interface Throughput {
  comparisons: number;
  seconds: number;
  perSecond: number;
}

/**
 * Comparisons per second through the 1:N path (prepared templates, score
 * only): every template searched against a gallery of `copies` copies of all.
 */
export async function throughput(templates: readonly Template[], threads: number, copies: number): Promise<Throughput> {
  const gallery = new Gallery();
  for (let c = 0; c < copies; c++) templates.forEach((t, i) => gallery.add(`${c}/${i}`, t));
  const start = performance.now();
  for (const probe of templates) await gallery.search(probe, { top: 1, threads });
  const seconds = (performance.now() - start) / 1000;
  const comparisons = templates.length * gallery.size;
  return { comparisons, seconds, perSecond: comparisons / seconds };
}
