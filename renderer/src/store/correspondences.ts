// The matcher's proposed correspondences, computed once per candidate and kept
// for the case (switching back to a candidate costs nothing), and which pair
// the examiner is pointing at. State only; the viewers draw a projection of it.
import { create } from 'zustand';
import type { ProposedCorrespondences, ProposedPair } from '../../../preload/contract/correspondences';
import { call } from '../api/client';
import { describeError } from '../api/errors';

export type CorrespondenceStatus = 'idle' | 'loading' | 'ready' | 'error';

interface CorrespondenceState {
  /** The candidate these proposals belong to; viewers draw nothing for any other. */
  candidateId: string | null;
  status: CorrespondenceStatus;
  result: ProposedCorrespondences | null;
  error: string | null;
  /** The pair number under the examiner's pointer or focus in the list, if any. */
  hovered: number | null;
  cache: Record<string, ProposedCorrespondences>;
  load(candidateId: string | null): Promise<void>;
  hover(index: number | null): void;
  reset(): void;
}

/** Below this share of the strongest pair's weight a pair is a weak proposal. */
const WEAK_SHARE = 0.25;

/**
 * A proposal is weak when the candidate scores under the matcher's threshold
 * (the pairs of a non-mate), or when the pair contributes little: it is shown,
 * but never styled as if it were evidence.
 */
export function isWeak(result: ProposedCorrespondences, pair: ProposedPair): boolean {
  if (!result.aboveThreshold) return true;
  const strongest = Math.max(...result.pairs.map((p) => p.weight));
  return strongest > 0 && pair.weight < strongest * WEAK_SHARE;
}

export const useCorrespondenceStore = create<CorrespondenceState>()((set, get) => ({
  candidateId: null,
  status: 'idle',
  result: null,
  error: null,
  hovered: null,
  cache: {},
  async load(candidateId) {
    if (candidateId === get().candidateId && get().status !== 'error') return;
    const cached = candidateId ? get().cache[candidateId] : undefined;
    if (cached) {
      set({ candidateId, status: 'ready', result: cached, error: null, hovered: null });
      return;
    }
    set({ candidateId, status: candidateId ? 'loading' : 'idle', result: null, error: null, hovered: null });
    if (!candidateId) return;
    try {
      const result = await call('candidates.correspondences', { candidateId });
      set((s) => ({ cache: { ...s.cache, [candidateId]: result } }));
      // The examiner may have moved on while the matcher worked: keep only the current candidate's answer.
      if (get().candidateId === candidateId) set({ status: 'ready', result });
    } catch (error) {
      if (get().candidateId === candidateId) set({ status: 'error', error: describeError(error) });
    }
  },
  hover: (index) => {
    if (get().hovered !== index) set({ hovered: index });
  },
  reset: () => set({ candidateId: null, status: 'idle', result: null, error: null, hovered: null, cache: {} }),
}));
