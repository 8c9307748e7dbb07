// The worklist slice: the cases the signed-in examiner may see.
import { create } from 'zustand';
import type { CaseSummary } from '../../../preload/contract/cases';
import { call } from '../api/client';
import { describeError } from '../api/errors';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

interface WorklistState {
  cases: CaseSummary[];
  status: LoadStatus;
  error: string | null;
  load(): Promise<void>;
}

export const useWorklistStore = create<WorklistState>()((set) => ({
  cases: [],
  status: 'idle',
  error: null,
  async load() {
    set({ status: 'loading', error: null });
    try {
      set({ cases: await call('cases.list', {}), status: 'ready' });
    } catch (error) {
      set({ status: 'error', error: describeError(error) });
    }
  },
}));
