import { useCanvasStore, zoomIn, zoomOut, type ViewerId } from '../../store/canvas';

/** Zoom controls of one viewer; the percentage is the print's on-screen scale. */
export function ViewerToolbar({ viewer, label }: { viewer: ViewerId; label: string }) {
  const scale = useCanvasStore((s) => s.viewers[viewer].viewport.scale);
  const fit = useCanvasStore((s) => s.fit);
  return (
    <div className="toolbar" role="toolbar" aria-label={`${label} view`}>
      <button type="button" className="icon-button" data-testid={`${viewer}-zoom-out`} aria-label={`Zoom out ${label}`} onClick={() => zoomOut(viewer)}>
        −
      </button>
      <span className="zoom-level mono" aria-live="polite">
        {Math.round(scale * 100)}%
      </span>
      <button type="button" className="icon-button" data-testid={`${viewer}-zoom-in`} aria-label={`Zoom in ${label}`} onClick={() => zoomIn(viewer)}>
        +
      </button>
      <button type="button" className="button" data-testid={`${viewer}-fit`} onClick={() => fit(viewer)}>
        Fit
      </button>
    </div>
  );
}
