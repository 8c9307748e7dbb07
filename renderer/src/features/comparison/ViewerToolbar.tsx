// The controls of one viewer: zoom, fit, rotation (90° steps and a free angle)
// and its image adjustments. The labels carry their keyboard shortcuts.
import { useCanvasStore, zoomIn, zoomOut, type ViewerId } from '../../store/canvas';
import { useBenchStore } from '../../store/bench';
import { useAdjustmentStore } from '../../store/adjustments';
import { isNeutral } from '../../canvas/image/adjustments';
import { tooltip } from '../shortcuts/shortcuts';

export function ViewerToolbar({ viewer, label }: { viewer: ViewerId; label: string }) {
  const percent = useCanvasStore((s) => Math.round(s.viewers[viewer].viewport.scale * 100));
  const rotation = useCanvasStore((s) => Math.round(s.viewers[viewer].viewport.rotation * 10) / 10);
  const adjusting = useBenchStore((s) => s.adjusting === viewer);
  const adjusted = useAdjustmentStore((s) => !isNeutral(s.viewers[viewer]));
  const { fit, rotate, setRotation } = useCanvasStore.getState();
  return (
    <div className="toolbar" role="toolbar" aria-label={`${label} view`}>
      <button type="button" className="icon-button" data-testid={`${viewer}-zoom-out`} aria-label={`Zoom out ${label}`} title={tooltip('zoom-out')} tabIndex={-1} onClick={() => zoomOut(viewer)}>
        −
      </button>
      <span className="zoom-level mono" aria-live="polite" data-testid={`${viewer}-zoom-level`}>
        {percent}%
      </span>
      <button type="button" className="icon-button" data-testid={`${viewer}-zoom-in`} aria-label={`Zoom in ${label}`} title={tooltip('zoom-in')} tabIndex={-1} onClick={() => zoomIn(viewer)}>
        +
      </button>
      <button type="button" className="button" data-testid={`${viewer}-fit`} title={tooltip('fit', 'Fit the print to the viewer')} tabIndex={-1} onClick={() => fit(viewer)}>
        Fit
      </button>
      <button type="button" className="icon-button" data-testid={`${viewer}-rotate-ccw`} aria-label={`Rotate ${label} 90° counter-clockwise`} title={tooltip('rotate-ccw')} tabIndex={-1} onClick={() => rotate(viewer, -90)}>
        ⟲
      </button>
      <label className="rotation" title="Rotation in degrees, clockwise (Alt-drag in the viewer rotates freely)">
        <span className="sr-only">Rotation of {label} in degrees</span>
        <input
          type="number"
          className="mono"
          data-testid={`${viewer}-rotation`}
          min={-360}
          max={360}
          step={1}
          value={rotation}
          tabIndex={-1}
          onChange={(e) => {
            const value = Number(e.target.value);
            if (Number.isFinite(value)) setRotation(viewer, value);
          }}
        />
        °
      </label>
      <button type="button" className="icon-button" data-testid={`${viewer}-rotate-cw`} aria-label={`Rotate ${label} 90° clockwise`} title={tooltip('rotate-cw')} tabIndex={-1} onClick={() => rotate(viewer, 90)}>
        ⟳
      </button>
      <button
        type="button"
        className={`button${adjusted ? ' active' : ''}`}
        data-testid={`${viewer}-adjust`}
        aria-expanded={adjusting}
        title={tooltip('adjustments', 'Image adjustments (display only; the stored print never changes)')}
        tabIndex={-1}
        onClick={() => useBenchStore.getState().setAdjusting(adjusting ? null : viewer)}
      >
        Adjust{adjusted ? ' •' : ''}
      </button>
    </div>
  );
}
