// Candidate scores for the demo. With the native matcher built, every print is
// extracted and each query compared with each holding, as a real search would.
// Without it, scores come from the generator's ground truth — the number of
// the finger's minutiae visible in both prints (0 for different fingers) — and
// the workspace records that they are ground-truth-derived, not matcher scores.
import type { Minutia, Template } from '../../../preload/shared/fingerprint';
import { RidgelineError } from '../errors';
import type { Impression } from '../synthetic/types';

export type ScoreSource = 'matcher' | 'ground-truth';
export type ScoringMode = 'auto' | ScoreSource;

export interface ScoredPrint {
  masterSeed: number;
  impression: Impression;
}

export interface Scorer {
  source: ScoreSource;
  score(query: ScoredPrint, holding: ScoredPrint): Promise<number>;
  /** The matcher's minutiae of a print (matcher scoring only). */
  matcherMinutiae(print: ScoredPrint): Minutia[] | null;
}

interface NativeMatcher {
  extract(image: Impression['image']): Promise<{ template: Template }>;
  compare(a: Template, b: Template): Promise<{ score: number }>;
}

/** The native matcher when it is built; null otherwise. */
async function loadMatcher(): Promise<NativeMatcher | null> {
  try {
    const matcher: NativeMatcher = await import('../../../native-matcher');
    return matcher;
  } catch {
    // Not built on this machine (or failed to load): the caller falls back to ground truth.
    return null;
  }
}

export function groundTruthScorer(): Scorer {
  return {
    source: 'ground-truth',
    score: async (query, holding) => {
      if (query.masterSeed !== holding.masterSeed) return 0;
      const seen = new Set(holding.impression.masterIndex);
      return query.impression.masterIndex.filter((index) => seen.has(index)).length;
    },
    matcherMinutiae: () => null,
  };
}

export async function createScorer(mode: ScoringMode, prints: readonly ScoredPrint[]): Promise<Scorer> {
  if (mode === 'ground-truth') return groundTruthScorer();
  const matcher = await loadMatcher();
  if (!matcher) {
    if (mode === 'matcher') throw new RidgelineError('unsupported', 'The native matcher is not available; build it with npm run build:native');
    return groundTruthScorer();
  }
  const templates = new Map<ScoredPrint, Template>();
  for (const print of prints) templates.set(print, (await matcher.extract(print.impression.image)).template);
  const templateOf = (print: ScoredPrint) => {
    const template = templates.get(print);
    if (!template) throw new RidgelineError('internal', 'A demo print was scored without being extracted');
    return template;
  };
  return {
    source: 'matcher',
    score: async (query, holding) => (await matcher.compare(templateOf(query), templateOf(holding))).score,
    matcherMinutiae: (print) => templateOf(print).minutiae,
  };
}
