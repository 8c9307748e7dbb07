// The picture a viewer draws: the decoded print as is, or a copy with the
// examiner's display adjustments applied. The decoded image is never changed.
import { useEffect, useState } from 'react';
import { adjustGray, isNeutral, type Adjustments } from './adjustments';

export type DisplaySource = HTMLImageElement | HTMLCanvasElement;

const grayCache = new WeakMap<HTMLImageElement, Uint8Array>();

/** The print's gray levels (prints are 8-bit gray; the red channel carries them). */
function grayOf(image: HTMLImageElement): Uint8Array | null {
  const cached = grayCache.get(image);
  if (cached) return cached;
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  const gray = new Uint8Array(canvas.width * canvas.height);
  for (let i = 0; i < gray.length; i++) gray[i] = data[i * 4]!;
  grayCache.set(image, gray);
  return gray;
}

/** Applies the adjustments to a copy of the print; null where the environment has no 2D canvas. */
export function renderAdjusted(image: HTMLImageElement, adjustments: Adjustments): HTMLCanvasElement | null {
  const gray = grayOf(image);
  if (!gray) return null;
  const width = image.naturalWidth;
  const height = image.naturalHeight;
  const levels = adjustGray(gray, width, height, adjustments);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  const out = context.createImageData(width, height);
  const rgba = new Uint32Array(out.data.buffer);
  // Little-endian RGBA packed in one write per pixel.
  for (let i = 0; i < levels.length; i++) {
    const v = levels[i]!;
    rgba[i] = 0xff000000 | (v << 16) | (v << 8) | v;
  }
  context.putImageData(out, 0, 0);
  return canvas;
}

export interface DisplayImage {
  source: DisplaySource | null;
  /** True while an adjustment is being computed (the previous picture stays on screen). */
  working: boolean;
}

const nextFrame = () => new Promise<void>((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => resolve()) : resolve()));

export function useDisplayImage(image: HTMLImageElement | null, adjustments: Adjustments): DisplayImage {
  const [state, setState] = useState<DisplayImage>({ source: image, working: false });
  useEffect(() => {
    if (!image) {
      setState({ source: null, working: false });
      return;
    }
    if (isNeutral(adjustments)) {
      setState({ source: image, working: false });
      return;
    }
    let live = true;
    setState((s) => ({ source: s.source ?? image, working: true }));
    // Let the progress indicator paint before the (possibly long) computation.
    void nextFrame().then(() => {
      if (!live) return;
      const adjusted = renderAdjusted(image, adjustments);
      if (live) setState({ source: adjusted ?? image, working: false });
    });
    return () => {
      live = false;
    };
  }, [image, adjustments]);
  return state;
}
