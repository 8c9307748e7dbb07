// The bench-wide controls in the case bar: link the viewers, true scale, the
// loupe, layer visibility and the shortcut help.
import { useCanvasStore, type LayerName } from '../../store/canvas';
import { useBenchStore } from '../../store/bench';
import { tooltip, type ShortcutId } from '../shortcuts/shortcuts';

function Toggle({ on, onChange, label, shortcut, testId }: { on: boolean; onChange(on: boolean): void; label: string; shortcut: ShortcutId; testId: string }) {
  return (
    <button type="button" className={`button toggle${on ? ' active' : ''}`} aria-pressed={on} data-testid={testId} title={tooltip(shortcut)} onClick={() => onChange(!on)}>
      {label}
    </button>
  );
}

const LAYERS: { layer: LayerName; label: string; shortcut: ShortcutId }[] = [
  { layer: 'minutiae', label: 'Minutiae', shortcut: 'toggle-features' },
  { layer: 'correspondences', label: 'Correspondences', shortcut: 'toggle-marks' },
];

export function BenchBar() {
  const linked = useCanvasStore((s) => s.linked);
  const trueScale = useCanvasStore((s) => s.trueScale);
  const loupe = useCanvasStore((s) => s.loupe);
  const minutiae = useCanvasStore((s) => s.layers.minutiae);
  const correspondences = useCanvasStore((s) => s.layers.correspondences);
  const shown: Record<string, boolean> = { minutiae, correspondences };
  const canvas = useCanvasStore.getState();
  return (
    <div className="bench-bar" role="toolbar" aria-label="Bench">
      <Toggle on={linked} onChange={canvas.setLinked} label={linked ? 'Linked' : 'Link viewers'} shortcut="link" testId="link-viewers" />
      <Toggle on={trueScale} onChange={canvas.setTrueScale} label="True scale" shortcut="true-scale" testId="true-scale" />
      <Toggle on={loupe} onChange={canvas.setLoupe} label="Loupe" shortcut="loupe" testId="loupe" />
      {LAYERS.map(({ layer, label, shortcut }) => (
        <Toggle key={layer} on={shown[layer] ?? true} onChange={() => canvas.toggleLayer(layer)} label={label} shortcut={shortcut} testId={`layer-${layer}`} />
      ))}
      <button type="button" className="icon-button" aria-label="Keyboard shortcuts" title={tooltip('help')} data-testid="help" onClick={() => useBenchStore.getState().setHelp(true)}>
        ?
      </button>
    </div>
  );
}
