// The marks layer (features, correspondences, region of interest) rendered
// once into an offscreen canvas a margin larger than the viewer, then reused:
// a pan only shifts it (exact, since the marks' size does not depend on the
// position), and during a continuous zoom or rotation it is transformed for a
// moment and rendered crisp again as soon as the gesture pauses. Hundreds of
// haloed glyphs therefore cost one bitmap copy per frame, not hundreds of strokes.
import { toImage, toScreen, type Size, type Viewport } from './viewport';

/** Screen margin kept around the view, so a pan of this much needs no re-render. */
const MARGIN = 0.2;
/** A zoom or rotation this recent counts as a gesture still going on. */
export const SETTLE_MS = 140;

export interface MarksCache {
  canvas: HTMLCanvasElement | null;
  viewport: Viewport | null;
  view: Size;
  version: number;
  ratio: number;
}

export const emptyMarksCache = (): MarksCache => ({ canvas: null, viewport: null, view: { width: 0, height: 0 }, version: -1, ratio: 1 });

const margins = (view: Size) => ({ x: Math.round(view.width * MARGIN), y: Math.round(view.height * MARGIN) });

/** Re-renders the cache for `viewport`. `render` draws in screen coordinates of the viewer. */
export function renderCache(cache: MarksCache, viewport: Viewport, view: Size, version: number, ratio: number, render: (ctx: CanvasRenderingContext2D, viewport: Viewport, view: Size) => void): void {
  const m = margins(view);
  const width = view.width + 2 * m.x;
  const height = view.height + 2 * m.y;
  const canvas = cache.canvas ?? document.createElement('canvas');
  if (canvas.width !== Math.ceil(width * ratio) || canvas.height !== Math.ceil(height * ratio)) {
    canvas.width = Math.ceil(width * ratio);
    canvas.height = Math.ceil(height * ratio);
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  // The cache's own screen: the viewer's, shifted by the margin.
  render(ctx, { ...viewport, x: viewport.x + m.x, y: viewport.y + m.y }, { width, height });
  Object.assign(cache, { canvas, viewport, view, version, ratio });
}

export type CacheUse = 'exact' | 'approximate' | 'stale';

/** How the cache can serve `viewport`: shifted exactly, transformed approximately, or not at all. */
export function cacheUse(cache: MarksCache, viewport: Viewport, view: Size, version: number, ratio: number): CacheUse {
  const cached = cache.viewport;
  if (!cache.canvas || !cached || cache.version !== version || cache.ratio !== ratio || cache.view.width !== view.width || cache.view.height !== view.height) return 'stale';
  if (cached.scale === viewport.scale && cached.rotation === viewport.rotation) {
    const m = margins(view);
    return Math.abs(viewport.x - cached.x) <= m.x && Math.abs(viewport.y - cached.y) <= m.y ? 'exact' : 'stale';
  }
  return 'approximate';
}

/** Draws the cache into the viewer's context (logical screen units) so its marks sit where `viewport` puts them. */
export function drawCache(ctx: CanvasRenderingContext2D, cache: MarksCache, viewport: Viewport): void {
  const cached = cache.viewport;
  if (!cached || !cache.canvas || cache.canvas.width === 0 || cache.canvas.height === 0) return;
  const m = margins(cache.view);
  // The similarity taking the cache's screen to the current screen.
  const origin = toScreen(viewport, toImage(cached, { x: -m.x, y: -m.y }));
  const k = viewport.scale / cached.scale;
  const radians = ((viewport.rotation - cached.rotation) * Math.PI) / 180;
  const cos = Math.cos(radians) * k;
  const sin = Math.sin(radians) * k;
  const width = cache.canvas.width / cache.ratio;
  const height = cache.canvas.height / cache.ratio;
  ctx.save();
  ctx.transform(cos, sin, -sin, cos, origin.x, origin.y);
  ctx.drawImage(cache.canvas, 0, 0, width, height);
  ctx.restore();
}
