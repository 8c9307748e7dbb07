// Print images come from the app origin (ridgeline://app/media/print/<id>.png in
// Electron, the same path on the E2E server): a relative URL works in both, and
// the image never leaves the origin, so the canvas stays untainted. Images are
// decoded off the window's thread (decode()) before the first draw, and the
// last few stay decoded in memory (never on disk: the responses are no-store),
// so going back to a case or a candidate draws at once. Signing out reloads
// the page, which drops them.
import { useEffect, useState } from 'react';

export const printImageUrl = (printId: string): string => `media/print/${encodeURIComponent(printId)}.png`;

export type PrintImageState = { status: 'loading' } | { status: 'ready'; image: HTMLImageElement } | { status: 'error' };

const KEEP = 6;
const decoded = new Map<string, HTMLImageElement>();

function remember(printId: string, image: HTMLImageElement): void {
  decoded.delete(printId);
  decoded.set(printId, image);
  while (decoded.size > KEEP) decoded.delete(decoded.keys().next().value!);
}

export function usePrintImage(printId: string | null): PrintImageState {
  const [state, setState] = useState<PrintImageState>(() => {
    const known = printId ? decoded.get(printId) : undefined;
    return known ? { status: 'ready', image: known } : { status: 'loading' };
  });
  useEffect(() => {
    if (!printId) return;
    const known = decoded.get(printId);
    if (known) {
      remember(printId, known);
      setState((s) => (s.status === 'ready' && s.image === known ? s : { status: 'ready', image: known }));
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    const image = new Image();
    image.src = printImageUrl(printId);
    // decode() where the browser has it (jsdom has not): no decoding stall at the first draw.
    const ready = typeof image.decode === 'function' ? image.decode() : new Promise<void>((resolve, reject) => Object.assign(image, { onload: resolve, onerror: reject }));
    ready.then(
      () => {
        remember(printId, image);
        if (live) setState({ status: 'ready', image });
      },
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [printId]);
  return state;
}
