// The bench's own UI state: the shortcut help and which viewer's adjustments are open.
import { create } from 'zustand';
import type { ViewerId } from './canvas';

interface BenchState {
  help: boolean;
  adjusting: ViewerId | null;
  setHelp(open: boolean): void;
  setAdjusting(viewer: ViewerId | null): void;
  reset(): void;
}

export const useBenchStore = create<BenchState>()((set) => ({
  help: false,
  adjusting: null,
  setHelp: (help) => set({ help }),
  setAdjusting: (adjusting) => set({ adjusting }),
  reset: () => set({ help: false, adjusting: null }),
}));
