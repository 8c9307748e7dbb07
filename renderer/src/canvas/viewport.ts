// Viewport math, apart from any rendering: screen = image * scale + offset.
// Pure functions so the store, the viewer and the tests agree on every step.
export interface Viewport {
  scale: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 32;
export const ZOOM_STEP = 1.25;
/** Blank border left around a print when it is fitted to its viewer, as a fraction. */
const FIT_MARGIN = 0.04;

export const IDENTITY: Viewport = { scale: 1, x: 0, y: 0 };

export const clampScale = (scale: number): number => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** Zooms by `factor` keeping the image point under `anchor` (screen coordinates) fixed. */
export function zoomAt(viewport: Viewport, factor: number, anchor: Point): Viewport {
  const scale = clampScale(viewport.scale * factor);
  const ratio = scale / viewport.scale;
  return { scale, x: anchor.x - (anchor.x - viewport.x) * ratio, y: anchor.y - (anchor.y - viewport.y) * ratio };
}

export const panBy = (viewport: Viewport, dx: number, dy: number): Viewport => ({ ...viewport, x: viewport.x + dx, y: viewport.y + dy });

/** The whole image centred in the view, as large as fits. */
export function fit(content: Size, view: Size): Viewport {
  if (content.width <= 0 || content.height <= 0 || view.width <= 0 || view.height <= 0) return IDENTITY;
  const usable = 1 - 2 * FIT_MARGIN;
  const scale = clampScale(Math.min((view.width * usable) / content.width, (view.height * usable) / content.height));
  return { scale, x: (view.width - content.width * scale) / 2, y: (view.height - content.height * scale) / 2 };
}

/** Converts a screen point of the viewer to image coordinates. */
export const toImage = (viewport: Viewport, point: Point): Point => ({
  x: (point.x - viewport.x) / viewport.scale,
  y: (point.y - viewport.y) / viewport.scale,
});

/** Wheel delta to zoom factor: one notch (100 px) is one zoom step, trackpads zoom smoothly. */
export const wheelFactor = (deltaY: number): number => Math.pow(ZOOM_STEP, -deltaY / 100);
