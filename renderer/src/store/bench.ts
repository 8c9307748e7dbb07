// The bench's own UI state: the shortcut help, which viewer's adjustments are
// open, and the markup tool in hand.
import { create } from 'zustand';
import type { ViewerId } from './canvas';

export type ToolName = 'pan' | 'select' | 'ending' | 'bifurcation' | 'unknown' | 'core' | 'delta' | 'roi';

interface BenchState {
  help: boolean;
  adjusting: ViewerId | null;
  tool: ToolName;
  setHelp(open: boolean): void;
  setAdjusting(viewer: ViewerId | null): void;
  setTool(tool: ToolName): void;
  reset(): void;
}

export const useBenchStore = create<BenchState>()((set) => ({
  help: false,
  adjusting: null,
  tool: 'pan',
  setHelp: (help) => set({ help }),
  setAdjusting: (adjusting) => set({ adjusting }),
  setTool: (tool) => set({ tool }),
  reset: () => set({ help: false, adjusting: null, tool: 'pan' }),
}));
