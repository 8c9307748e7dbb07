// Viewport math, apart from any rendering: screen = translate + R(rotation) * scale * image.
// Rotation is in degrees, clockwise on screen (y points down), as Konva's. Pure
// functions, so the store, the viewers, the marks and the tests agree on every step.
export interface Viewport {
  scale: number;
  /** Degrees, clockwise on screen, in [0, 360). */
  rotation: number;
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
export const MM_PER_INCH = 25.4;

export const IDENTITY: Viewport = { scale: 1, rotation: 0, x: 0, y: 0 };

export const clampScale = (scale: number): number => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** Any angle to [0, 360), with float noise near whole degrees removed so 4 x 90 is exactly 0. */
export function normaliseDegrees(degrees: number): number {
  const rounded = Math.abs(degrees - Math.round(degrees)) < 1e-9 ? Math.round(degrees) : degrees;
  const wrapped = ((rounded % 360) + 360) % 360;
  return wrapped === 360 ? 0 : wrapped;
}

function rotationOf(viewport: Viewport): { cos: number; sin: number } {
  const radians = (viewport.rotation * Math.PI) / 180;
  return { cos: Math.cos(radians), sin: Math.sin(radians) };
}

/** Image point -> screen point of the viewer. */
export function toScreen(viewport: Viewport, point: Point): Point {
  const { cos, sin } = rotationOf(viewport);
  const s = viewport.scale;
  return { x: viewport.x + s * (cos * point.x - sin * point.y), y: viewport.y + s * (sin * point.x + cos * point.y) };
}

/** Screen point of the viewer -> image point. */
export function toImage(viewport: Viewport, point: Point): Point {
  const { cos, sin } = rotationOf(viewport);
  const dx = point.x - viewport.x;
  const dy = point.y - viewport.y;
  return { x: (cos * dx + sin * dy) / viewport.scale, y: (-sin * dx + cos * dy) / viewport.scale };
}

/** The translation that puts image point `image` at screen point `screen` for the given scale and rotation. */
function pin(scale: number, rotation: number, image: Point, screen: Point): Viewport {
  const placed = toScreen({ scale, rotation, x: 0, y: 0 }, image);
  return { scale, rotation, x: screen.x - placed.x, y: screen.y - placed.y };
}

/** Zooms by `factor` keeping the image point under `anchor` (screen coordinates) fixed. */
export function zoomAt(viewport: Viewport, factor: number, anchor: Point): Viewport {
  return pin(clampScale(viewport.scale * factor), viewport.rotation, toImage(viewport, anchor), anchor);
}

/** Sets the scale keeping the image point under `anchor` fixed. */
export const scaleAt = (viewport: Viewport, scale: number, anchor: Point): Viewport => zoomAt(viewport, scale / viewport.scale, anchor);

/** Rotates by `degrees` (clockwise) about the screen point `anchor`. */
export function rotateAt(viewport: Viewport, degrees: number, anchor: Point): Viewport {
  return pin(viewport.scale, normaliseDegrees(viewport.rotation + degrees), toImage(viewport, anchor), anchor);
}

export const panBy = (viewport: Viewport, dx: number, dy: number): Viewport => ({ ...viewport, x: viewport.x + dx, y: viewport.y + dy });

/** Size on screen, at scale 1, of the content's bounding box once rotated. */
function rotatedExtent(content: Size, rotation: number): Size {
  const { cos, sin } = rotationOf({ ...IDENTITY, rotation });
  return {
    width: Math.abs(cos) * content.width + Math.abs(sin) * content.height,
    height: Math.abs(sin) * content.width + Math.abs(cos) * content.height,
  };
}

/** The scale at which the whole (rotated) image fits the view. */
export function fitScale(content: Size, view: Size, rotation = 0): number {
  if (content.width <= 0 || content.height <= 0 || view.width <= 0 || view.height <= 0) return 1;
  const extent = rotatedExtent(content, rotation);
  const usable = 1 - 2 * FIT_MARGIN;
  return clampScale(Math.min((view.width * usable) / extent.width, (view.height * usable) / extent.height));
}

/** The image centred in the view at `scale` (default: as large as fits), keeping its rotation. */
export function fit(content: Size, view: Size, rotation = 0, scale = fitScale(content, view, rotation)): Viewport {
  if (content.width <= 0 || content.height <= 0 || view.width <= 0 || view.height <= 0) return { ...IDENTITY, rotation };
  return pin(scale, rotation, { x: content.width / 2, y: content.height / 2 }, { x: view.width / 2, y: view.height / 2 });
}

export const centreOf = (view: Size): Point => ({ x: view.width / 2, y: view.height / 2 });

/** Screen pixels per millimetre of skin: what true-scale mode makes equal on both viewers. */
export const pixelsPerMm = (scale: number, ppi: number): number => (scale * ppi) / MM_PER_INCH;

/** Image pixels -> millimetres at the print's resolution. */
export const toMm = (pixels: number, ppi: number): number => (pixels * MM_PER_INCH) / ppi;

/** Wheel delta to zoom factor: one notch (100 px) is one zoom step, trackpads zoom smoothly. */
export const wheelFactor = (deltaY: number): number => Math.pow(ZOOM_STEP, -deltaY / 100);
