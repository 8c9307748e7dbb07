// The matcher's proposed correspondences for the selected candidate, and which
// pair the examiner is pointing at: state only, kept apart from the Konva
// layers that draw it (they are a projection of this slice).
import { create } from 'zustand';
import type { ProposedCorrespondences } from '../../../preload/contract/correspondences';
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
  load(candidateId: string | null): Promise<void>;
  hover(index: number | null): void;
}

export const useCorrespondenceStore = create<CorrespondenceState>()((set, get) => ({
  candidateId: null,
  status: 'idle',
  result: null,
  error: null,
  hovered: null,
  async load(candidateId) {
    if (candidateId === get().candidateId && get().status !== 'error') return;
    set({ candidateId, status: candidateId ? 'loading' : 'idle', result: null, error: null, hovered: null });
    if (!candidateId) return;
    try {
      const result = await call('candidates.correspondences', { candidateId });
      // The examiner may have moved on while the matcher worked: keep only the current candidate's answer.
      if (get().candidateId === candidateId) set({ status: 'ready', result });
    } catch (error) {
      if (get().candidateId === candidateId) set({ status: 'error', error: describeError(error) });
    }
  },
  hover: (index) => set({ hovered: index }),
}));
