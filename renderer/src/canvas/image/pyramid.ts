// Half-size copies of the displayed print, made once and on demand. Drawing a
// 2000-pixel print fitted into a 600-pixel viewer from the full image costs
// several times more than from the copy nearest the screen size, on every
// frame of a pan. Past 1:1 the full image is always used (real pixels).
import type { DisplaySource } from './display-image';

export interface Pyramid {
  width: number;
  height: number;
  /** levels[k] is the print at 1 / 2^k of its size; levels[0] is the source. */
  levels: CanvasImageSource[];
}

const MIN_LEVEL_SIZE = 256;

export function createPyramid(source: DisplaySource): Pyramid {
  const width = source instanceof HTMLImageElement ? source.naturalWidth : source.width;
  const height = source instanceof HTMLImageElement ? source.naturalHeight : source.height;
  return { width, height, levels: [source] };
}

/** The level to draw at `scale` (screen pixels per print pixel): the smallest with at least one source pixel per screen pixel. */
export function levelFor(pyramid: Pyramid, scale: number): { source: CanvasImageSource; factor: number } {
  let k = scale >= 1 ? 0 : Math.floor(Math.log2(1 / scale));
  while (k > 0 && Math.min(pyramid.width, pyramid.height) / 2 ** k < MIN_LEVEL_SIZE) k--;
  for (let level = pyramid.levels.length; level <= k; level++) {
    const previous = pyramid.levels[level - 1]!;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(pyramid.width / 2 ** level));
    canvas.height = Math.max(1, Math.round(pyramid.height / 2 ** level));
    const context = canvas.getContext('2d');
    if (!context) return { source: pyramid.levels[0]!, factor: 1 };
    context.imageSmoothingQuality = 'high';
    context.drawImage(previous, 0, 0, canvas.width, canvas.height);
    pyramid.levels.push(canvas);
  }
  return { source: pyramid.levels[k]!, factor: 2 ** k };
}
