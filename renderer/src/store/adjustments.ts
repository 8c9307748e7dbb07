// Display adjustments per viewer (brightness, contrast, gamma, invert, CLAHE).
// They change what the examiner sees, never the stored print.
import { create } from 'zustand';
import { NEUTRAL, type Adjustments } from '../canvas/image/adjustments';
import type { ViewerId } from './canvas';

interface AdjustmentState {
  viewers: Record<ViewerId, Adjustments>;
  set(viewer: ViewerId, change: Partial<Adjustments>): void;
  resetViewer(viewer: ViewerId): void;
  reset(): void;
}

export const useAdjustmentStore = create<AdjustmentState>()((set) => ({
  viewers: { query: NEUTRAL, candidate: NEUTRAL },
  set: (viewer, change) => set((s) => ({ viewers: { ...s.viewers, [viewer]: { ...s.viewers[viewer], ...change } } })),
  resetViewer: (viewer) => set((s) => ({ viewers: { ...s.viewers, [viewer]: NEUTRAL } })),
  reset: () => set({ viewers: { query: NEUTRAL, candidate: NEUTRAL } }),
}));
