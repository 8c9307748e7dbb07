// Display adjustments of one viewer. They change what is drawn, never the
// stored print; the case's bench notes record them.
import { useAdjustmentStore } from '../../store/adjustments';
import type { ViewerId } from '../../store/canvas';
import { describeAdjustments } from '../../canvas/image/adjustments';

function Slider({ label, testId, min, max, step, value, onChange, format }: { label: string; testId: string; min: number; max: number; step: number; value: number; onChange(v: number): void; format(v: number): string }) {
  return (
    <label className="adjust-slider">
      <span>{label}</span>
      <input type="range" min={min} max={max} step={step} value={value} data-testid={testId} onChange={(e) => onChange(Number(e.target.value))} />
      <span className="mono small">{format(value)}</span>
    </label>
  );
}

export function AdjustmentsPanel({ viewer, label }: { viewer: ViewerId; label: string }) {
  const adjustments = useAdjustmentStore((s) => s.viewers[viewer]);
  const set = useAdjustmentStore((s) => s.set);
  const reset = useAdjustmentStore((s) => s.resetViewer);
  const percent = (v: number) => `${v > 0 ? '+' : ''}${Math.round(v * 100)}%`;
  return (
    <section className="adjustments" aria-label={`${label} image adjustments`} data-testid={`adjustments-${viewer}`}>
      <Slider label="Brightness" testId={`${viewer}-brightness`} min={-1} max={1} step={0.05} value={adjustments.brightness} onChange={(v) => set(viewer, { brightness: v })} format={percent} />
      <Slider label="Contrast" testId={`${viewer}-contrast`} min={-1} max={1} step={0.05} value={adjustments.contrast} onChange={(v) => set(viewer, { contrast: v })} format={percent} />
      <Slider label="Gamma" testId={`${viewer}-gamma`} min={0.2} max={5} step={0.05} value={adjustments.gamma} onChange={(v) => set(viewer, { gamma: v })} format={(v) => v.toFixed(2)} />
      <label className="check">
        <input type="checkbox" checked={adjustments.invert} data-testid={`${viewer}-invert`} onChange={(e) => set(viewer, { invert: e.target.checked })} />
        Invert
      </label>
      <label className="check" title="Contrast-limited adaptive histogram equalisation: local contrast enhancement">
        <input type="checkbox" checked={adjustments.clahe} data-testid={`${viewer}-clahe`} onChange={(e) => set(viewer, { clahe: e.target.checked })} />
        Local contrast (CLAHE)
      </label>
      <button type="button" className="button" onClick={() => reset(viewer)}>
        Reset
      </button>
      <span className="muted small" data-testid={`${viewer}-adjustments-summary`}>
        Display only: {describeAdjustments(adjustments)}
      </span>
    </section>
  );
}
