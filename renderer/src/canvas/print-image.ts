// Print images come from the app origin (ridgeline://app/media/print/<id>.png in
// Electron, the same path on the E2E server): a relative URL works in both, and
// the image never leaves the origin, so the canvas stays untainted.
import { useEffect, useState } from 'react';

export const printImageUrl = (printId: string): string => `media/print/${encodeURIComponent(printId)}.png`;

export type PrintImageState = { status: 'loading' } | { status: 'ready'; image: HTMLImageElement } | { status: 'error' };

export function usePrintImage(printId: string | null): PrintImageState {
  const [state, setState] = useState<PrintImageState>({ status: 'loading' });
  useEffect(() => {
    if (!printId) return;
    let live = true;
    setState({ status: 'loading' });
    const image = new Image();
    image.onload = () => live && setState({ status: 'ready', image });
    image.onerror = () => live && setState({ status: 'error' });
    image.src = printImageUrl(printId);
    return () => {
      live = false;
      image.onload = null;
      image.onerror = null;
    };
  }, [printId]);
  return state;
}
