// The oversight slice: correction notices and redress/incident records for the
// signed-in supervisor or auditor. Reports are fetched per view (they are
// computed on demand for a range), so they live in their component.
import { create } from 'zustand';
import type { CorrectionNotice, OversightRecord } from '../../../preload/contract/oversight';
import { call } from '../api/client';
import { describeError } from '../api/errors';
import type { LoadStatus } from './worklist';

interface OversightState {
  notices: CorrectionNotice[];
  records: OversightRecord[];
  overdue: CorrectionNotice[];
  status: LoadStatus;
  error: string | null;
  load(): Promise<void>;
  loadOverdue(): Promise<void>;
}

export const useOversightStore = create<OversightState>()((set) => ({
  notices: [],
  records: [],
  overdue: [],
  status: 'idle',
  error: null,
  async load() {
    set({ status: 'loading', error: null });
    try {
      const [{ notices }, { records }] = await Promise.all([call('corrections.list', {}), call('oversight.records.list', {})]);
      set({ notices, records, overdue: notices.filter((n) => n.overdue), status: 'ready' });
    } catch (error) {
      set({ status: 'error', error: describeError(error) });
    }
  },
  async loadOverdue() {
    try {
      set({ overdue: (await call('corrections.list', { overdueOnly: true })).notices });
    } catch {
      // The worklist banner is a reminder, not the record: the oversight screen shows the error.
    }
  },
}));
