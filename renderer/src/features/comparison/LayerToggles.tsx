import { useCanvasStore, type LayerName } from '../../store/canvas';

const TOGGLES: { layer: LayerName; label: string }[] = [
  { layer: 'minutiae', label: 'Minutiae' },
  { layer: 'correspondences', label: 'Correspondences' },
];

export function LayerToggles() {
  const layers = useCanvasStore((s) => s.layers);
  const toggle = useCanvasStore((s) => s.toggleLayer);
  return (
    <fieldset className="layer-toggles">
      <legend className="sr-only">Layers</legend>
      {TOGGLES.map(({ layer, label }) => (
        <label key={layer} className="check">
          <input type="checkbox" checked={layers[layer]} onChange={() => toggle(layer)} data-testid={`layer-${layer}`} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
