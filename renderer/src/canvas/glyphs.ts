// Drawing of features and correspondence marks at a constant size on screen,
// whatever the zoom: positions go through the viewport, sizes do not. Every
// glyph has a dark halo under its colour so it reads on light and dark ridges.
// Shapes follow EFS conventions: ridge ending = circle with a tail along the
// minutia direction, bifurcation = square with a tail, unknown type = diamond
// with a tail, core = circle with a centre dot, delta = triangle.
import type { CorrespondenceMark, Feature, FeatureOrigin, MarkStatus, Polygon } from './features';
import { toScreen, type Size, type Viewport } from './viewport';

export const GLYPH = { radius: 6, tail: 17, coreRadius: 10, deltaSize: 11, markRadius: 11, label: 12, halo: 3.5 } as const;

/** Colours by origin: whose feature it is must be obvious at a glance. Never tints the print itself. */
export const ORIGIN_STYLE: Record<FeatureOrigin, { colour: string; width: number; dash: number[] }> = {
  matcher: { colour: '#36c5f0', width: 1.25, dash: [3, 2] },
  examiner: { colour: '#ffb020', width: 2, dash: [] },
  'ground-truth': { colour: '#6fcf97', width: 1.5, dash: [] },
};

export const MARK_STYLE: Record<MarkStatus, { colour: string; width: number; dash: number[]; alpha: number }> = {
  proposed: { colour: '#c792ea', width: 1.75, dash: [4, 3], alpha: 1 },
  weak: { colour: '#9aa0a6', width: 1, dash: [1, 3], alpha: 0.7 },
  accepted: { colour: '#3ddc84', width: 2.25, dash: [], alpha: 1 },
  rejected: { colour: '#ff6b6b', width: 1.25, dash: [2, 3], alpha: 0.8 },
  examiner: { colour: '#ffd166', width: 2.25, dash: [], alpha: 1 },
};
const HIGHLIGHT = '#ffffff';
const HALO = 'rgba(0, 0, 0, 0.75)';
const SELECTED = '#ffffff';

/** Screen direction of an image-space direction (radians CCW, y down) under the viewport. */
function screenDirection(viewport: Viewport, x: number, y: number, direction: number): { dx: number; dy: number } {
  const a = toScreen(viewport, { x, y });
  const b = toScreen(viewport, { x: x + Math.cos(direction), y: y - Math.sin(direction) });
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { dx: (b.x - a.x) / length, dy: (b.y - a.y) / length };
}

const visible = (p: { x: number; y: number }, view: Size, margin: number) =>
  p.x >= -margin && p.y >= -margin && p.x <= view.width + margin && p.y <= view.height + margin;

function glyphPath(ctx: CanvasRenderingContext2D, feature: Feature, x: number, y: number, tail: { dx: number; dy: number } | null): void {
  const r = GLYPH.radius;
  if (feature.kind === 'core') {
    ctx.moveTo(x + GLYPH.coreRadius, y);
    ctx.arc(x, y, GLYPH.coreRadius, 0, Math.PI * 2);
    ctx.moveTo(x + 1.5, y);
    ctx.arc(x, y, 1.5, 0, Math.PI * 2);
  } else if (feature.kind === 'delta') {
    const s = GLYPH.deltaSize;
    ctx.moveTo(x, y - s);
    ctx.lineTo(x + s, y + s * 0.75);
    ctx.lineTo(x - s, y + s * 0.75);
    ctx.closePath();
  } else if (feature.minutiaType === 'bifurcation') {
    ctx.rect(x - r, y - r, r * 2, r * 2);
  } else if (feature.minutiaType === 'unknown') {
    ctx.moveTo(x, y - r - 1);
    ctx.lineTo(x + r + 1, y);
    ctx.lineTo(x, y + r + 1);
    ctx.lineTo(x - r - 1, y);
    ctx.closePath();
  } else {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  }
  if (tail) {
    const start = feature.kind === 'core' ? GLYPH.coreRadius : r;
    const length = feature.kind === 'core' ? GLYPH.tail + 6 : GLYPH.tail;
    ctx.moveTo(x + tail.dx * start, y + tail.dy * start);
    ctx.lineTo(x + tail.dx * length, y + tail.dy * length);
  }
}

/**
 * Draws the features of one origin group in two passes (halo, colour), one
 * path each, so hundreds of minutiae cost two strokes.
 */
export function drawFeatures(ctx: CanvasRenderingContext2D, viewport: Viewport, view: Size, features: readonly Feature[], selected: ReadonlySet<string>): void {
  const groups = new Map<FeatureOrigin, Feature[]>();
  for (const f of features) {
    const group = groups.get(f.origin);
    if (group) group.push(f);
    else groups.set(f.origin, [f]);
  }
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const [origin, group] of groups) {
    const style = ORIGIN_STYLE[origin];
    ctx.beginPath();
    const chosen: Feature[] = [];
    for (const f of group) {
      const p = toScreen(viewport, f);
      if (!visible(p, view, GLYPH.tail + 4)) continue;
      const tail = f.direction === null || f.kind === 'delta' ? null : screenDirection(viewport, f.x, f.y, f.direction);
      glyphPath(ctx, f, p.x, p.y, tail);
      if (selected.has(f.id)) chosen.push(f);
    }
    ctx.setLineDash([]);
    ctx.strokeStyle = HALO;
    ctx.lineWidth = style.width + GLYPH.halo;
    ctx.stroke();
    ctx.setLineDash(style.dash);
    ctx.strokeStyle = style.colour;
    ctx.lineWidth = style.width;
    ctx.stroke();
    if (chosen.length) {
      ctx.setLineDash([]);
      ctx.beginPath();
      for (const f of chosen) {
        const p = toScreen(viewport, f);
        ctx.moveTo(p.x + GLYPH.radius + 5, p.y);
        ctx.arc(p.x, p.y, GLYPH.radius + 5, 0, Math.PI * 2);
      }
      ctx.strokeStyle = HALO;
      ctx.lineWidth = 4;
      ctx.stroke();
      ctx.strokeStyle = SELECTED;
      ctx.lineWidth = 1.5;
      ctx.stroke();
    }
  }
  ctx.setLineDash([]);
}

/** Numbered correspondence marks: a ring per end and its number, with a halo. */
export function drawMarks(ctx: CanvasRenderingContext2D, viewport: Viewport, view: Size, marks: readonly CorrespondenceMark[]): void {
  ctx.font = `600 ${GLYPH.label}px system-ui, sans-serif`;
  ctx.textBaseline = 'bottom';
  ctx.lineJoin = 'round';
  // Weak and rejected first, so evidence-like marks stay on top.
  const order: MarkStatus[] = ['weak', 'rejected', 'proposed', 'examiner', 'accepted'];
  const sorted = [...marks].sort((a, b) => Number(a.highlighted ?? false) - Number(b.highlighted ?? false) || order.indexOf(a.status) - order.indexOf(b.status));
  for (const m of sorted) {
    const p = toScreen(viewport, m);
    if (!visible(p, view, 40)) continue;
    const style = MARK_STYLE[m.status];
    const colour = m.highlighted ? HIGHLIGHT : style.colour;
    const radius = m.highlighted ? GLYPH.markRadius * 1.4 : GLYPH.markRadius;
    ctx.globalAlpha = m.highlighted ? 1 : style.alpha;
    ctx.beginPath();
    ctx.moveTo(p.x + radius, p.y);
    ctx.arc(p.x, p.y, radius, 0, Math.PI * 2);
    if (m.status === 'rejected') {
      const k = radius * 0.6;
      ctx.moveTo(p.x - k, p.y - k);
      ctx.lineTo(p.x + k, p.y + k);
      ctx.moveTo(p.x + k, p.y - k);
      ctx.lineTo(p.x - k, p.y + k);
    }
    ctx.setLineDash([]);
    ctx.strokeStyle = HALO;
    ctx.lineWidth = style.width + GLYPH.halo;
    ctx.stroke();
    ctx.setLineDash(style.dash);
    ctx.strokeStyle = colour;
    ctx.lineWidth = m.highlighted ? style.width + 1 : style.width;
    ctx.stroke();
    const lx = p.x + radius * 0.75;
    const ly = p.y - radius * 0.75;
    ctx.setLineDash([]);
    ctx.strokeStyle = HALO;
    ctx.lineWidth = 3;
    ctx.strokeText(m.label, lx, ly);
    ctx.fillStyle = colour;
    ctx.fillText(m.label, lx, ly);
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

/** The region of interest: a dashed outline with a halo. */
export function drawPolygon(ctx: CanvasRenderingContext2D, viewport: Viewport, polygon: Polygon, closed: boolean): void {
  if (polygon.length < 2) return;
  ctx.beginPath();
  polygon.forEach((point, i) => {
    const p = toScreen(viewport, point);
    if (i === 0) ctx.moveTo(p.x, p.y);
    else ctx.lineTo(p.x, p.y);
  });
  if (closed) ctx.closePath();
  ctx.setLineDash([]);
  ctx.strokeStyle = HALO;
  ctx.lineWidth = 4.5;
  ctx.stroke();
  ctx.setLineDash([6, 4]);
  ctx.strokeStyle = '#e0e0e0';
  ctx.lineWidth = 1.5;
  ctx.stroke();
  ctx.setLineDash([]);
}

/** The feature nearest a screen point within `tolerance` screen pixels, for picking. */
export function pickFeature(viewport: Viewport, features: readonly Feature[], screen: { x: number; y: number }, tolerance = GLYPH.radius + 5): Feature | null {
  let best: Feature | null = null;
  let bestDistance = tolerance * tolerance;
  for (const f of features) {
    const p = toScreen(viewport, f);
    const d = (p.x - screen.x) ** 2 + (p.y - screen.y) ** 2;
    if (d <= bestDistance) {
      best = f;
      bestDistance = d;
    }
  }
  return best;
}
