// What each glyph and colour means, drawn with the same styles as the viewers.
import { MARK_STYLE, ORIGIN_STYLE } from '../../canvas/glyphs';

function Swatch({ colour, dash, shape }: { colour: string; dash: number[]; shape: 'circle' | 'square' | 'diamond' | 'core' | 'delta' | 'ring' }) {
  const d = dash.join(' ');
  const common = { fill: 'none', stroke: colour, strokeWidth: 1.6, strokeDasharray: d || undefined };
  return (
    <svg width="22" height="16" viewBox="0 0 22 16" aria-hidden="true">
      {shape === 'circle' && <circle cx="8" cy="8" r="5" {...common} />}
      {shape === 'square' && <rect x="3" y="3" width="10" height="10" {...common} />}
      {shape === 'diamond' && <path d="M8 2 L14 8 L8 14 L2 8 Z" {...common} />}
      {shape === 'core' && <circle cx="8" cy="8" r="6" {...common} />}
      {shape === 'delta' && <path d="M8 2 L14 13 L2 13 Z" {...common} />}
      {shape === 'ring' && <circle cx="8" cy="8" r="6" {...common} />}
      {['circle', 'square', 'diamond'].includes(shape) && <line x1="13" y1="8" x2="21" y2="8" {...common} />}
    </svg>
  );
}

export function Legend() {
  return (
    <div className="legend small" aria-label="Legend" data-testid="legend">
      <span><Swatch colour="#d7dce2" dash={[]} shape="circle" /> ridge ending</span>
      <span><Swatch colour="#d7dce2" dash={[]} shape="square" /> bifurcation</span>
      <span><Swatch colour="#d7dce2" dash={[]} shape="diamond" /> unknown type</span>
      <span><Swatch colour="#d7dce2" dash={[]} shape="core" /> core</span>
      <span><Swatch colour="#d7dce2" dash={[]} shape="delta" /> delta</span>
      <span className="legend-sep" />
      <span><Swatch colour={ORIGIN_STYLE.examiner.colour} dash={[]} shape="circle" /> examiner</span>
      <span><Swatch colour={ORIGIN_STYLE.matcher.colour} dash={ORIGIN_STYLE.matcher.dash} shape="circle" /> matcher</span>
      <span><Swatch colour={ORIGIN_STYLE['ground-truth'].colour} dash={[]} shape="circle" /> ground truth</span>
      <span className="legend-sep" />
      <span><Swatch colour={MARK_STYLE.proposed.colour} dash={MARK_STYLE.proposed.dash} shape="ring" /> proposed pair</span>
      <span><Swatch colour={MARK_STYLE.weak.colour} dash={MARK_STYLE.weak.dash} shape="ring" /> weak proposal</span>
      <span><Swatch colour={MARK_STYLE.accepted.colour} dash={[]} shape="ring" /> accepted</span>
      <span><Swatch colour={MARK_STYLE.rejected.colour} dash={MARK_STYLE.rejected.dash} shape="ring" /> rejected</span>
    </div>
  );
}
