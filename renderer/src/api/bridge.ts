// The page's only link to main: `window.ridgeline`, installed by the preload
// (Electron) or by the E2E harness (same contract).
import type { RidgelineBridge } from '../../../preload/contract';

declare global {
  interface Window {
    ridgeline?: RidgelineBridge;
  }
}

export function bridge(): RidgelineBridge | undefined {
  return typeof window === 'undefined' ? undefined : window.ridgeline;
}
