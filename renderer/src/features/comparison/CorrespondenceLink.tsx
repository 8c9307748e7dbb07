// A thin line across the two viewers joining the pair the examiner points at
// in the list, so the eye can travel from one minutia to its proposed mate.
// Drawn over the page (the viewers are separate Konva stages); both ends come
// from the canvas store (each viewer's viewport and where it sits on the page),
// and the line is omitted when either end is scrolled out of its viewer.
import { useShallow } from 'zustand/react/shallow';
import type { ProposedPair } from '../../../../preload/contract/correspondences';
import { toScreen, type Point } from '../../canvas/viewport';
import { useCanvasStore, type ViewerState } from '../../store/canvas';
import { useComparisonStore } from '../../store/comparison';
import { useCorrespondenceStore } from '../../store/correspondences';

/** Where an image point of a viewer is on the page, or null when it is outside the viewer's visible area. */
function onPage(state: ViewerState, point: Point): Point | null {
  const p = toScreen(state.viewport, point);
  if (p.x < 0 || p.y < 0 || p.x > state.view.width || p.y > state.view.height) return null;
  return { x: state.origin.x + p.x, y: state.origin.y + p.y };
}

export function CorrespondenceLink() {
  const selected = useComparisonStore((s) => s.candidateId);
  const pair: ProposedPair | undefined = useCorrespondenceStore((s) =>
    s.candidateId === selected && s.hovered !== null ? s.result?.pairs.find((p) => p.index === s.hovered) : undefined,
  );
  const shown = useCanvasStore((s) => s.layers.correspondences);
  // Subscribed only while a pair is pointed at, so panning otherwise never renders this.
  const viewers = useCanvasStore(useShallow((s) => (pair && shown ? s.viewers : null)));
  if (!pair || !viewers) return null;
  const from = onPage(viewers.query, pair.query);
  const to = onPage(viewers.candidate, pair.candidate);
  if (!from || !to) return null;
  return (
    <svg className="correspondence-link" data-testid="correspondence-link" aria-hidden="true">
      <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} stroke="#000" strokeWidth={3} strokeOpacity={0.6} />
      <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} stroke="#ffd166" strokeWidth={1} strokeOpacity={0.9} />
    </svg>
  );
}
