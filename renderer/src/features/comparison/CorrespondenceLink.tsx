// A thin line across the two viewers joining the pair the examiner points at
// in the list, so the eye can travel from one minutia to its proposed mate.
// Drawn over the page (the viewers are separate Konva stages); it follows each
// viewer's viewport from the canvas store and is omitted when either end is
// scrolled out of its viewer.
import { useLayoutEffect, useState } from 'react';
import type { ProposedPair } from '../../../../preload/contract/correspondences';
import type { Point, Viewport } from '../../canvas/viewport';
import { useCanvasStore, type ViewerId } from '../../store/canvas';
import { useComparisonStore } from '../../store/comparison';
import { useCorrespondenceStore } from '../../store/correspondences';

interface Segment {
  from: Point;
  to: Point;
}

/** Where an image point of a viewer is on the page, or null when it is outside the viewer's visible area. */
function onPage(element: Element | null, viewport: Viewport, point: Point): Point | null {
  if (!element) return null;
  const rect = element.getBoundingClientRect();
  const x = rect.left + viewport.x + point.x * viewport.scale;
  const y = rect.top + viewport.y + point.y * viewport.scale;
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom ? { x, y } : null;
}

const viewerElement = (viewer: ViewerId) => document.querySelector(`[data-testid="viewer-${viewer}"]`);

export function CorrespondenceLink() {
  const selected = useComparisonStore((s) => s.candidateId);
  const pair: ProposedPair | undefined = useCorrespondenceStore((s) =>
    s.candidateId === selected && s.hovered !== null ? s.result?.pairs.find((p) => p.index === s.hovered) : undefined,
  );
  const shown = useCanvasStore((s) => s.layers.correspondences);
  const query = useCanvasStore((s) => s.viewers.query.viewport);
  const candidate = useCanvasStore((s) => s.viewers.candidate.viewport);
  const [segment, setSegment] = useState<Segment | null>(null);

  // Layout is read after the viewers have rendered with the current viewports.
  useLayoutEffect(() => {
    const from = pair && shown ? onPage(viewerElement('query'), query, pair.query) : null;
    const to = pair && shown ? onPage(viewerElement('candidate'), candidate, pair.candidate) : null;
    setSegment(from && to ? { from, to } : null);
  }, [pair, shown, query, candidate]);

  if (!segment || !pair) return null;
  return (
    <svg className="correspondence-link" data-testid="correspondence-link" aria-hidden="true">
      <line x1={segment.from.x} y1={segment.from.y} x2={segment.to.x} y2={segment.to.y} stroke="#ffd166" strokeWidth={1} strokeOpacity={0.8} />
    </svg>
  );
}
