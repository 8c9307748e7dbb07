// Where a print comes from and what it is, as a wrapping list that never
// truncates: source partner, TCN, foreign-provided, finger position,
// impression, resolution and size; for a candidate its rank and score.
import type { PrintSummary } from '../../../../preload/contract/cases';
import type { ViewerId } from '../../store/canvas';

export interface ProvenanceExtra {
  partner?: string;
  tcn?: string | null;
  rank?: number;
  score?: number;
}

export function Provenance({ viewer, print, extra = {} }: { viewer: ViewerId; print: PrintSummary; extra?: ProvenanceExtra }) {
  const items: [string, string, string?][] = [
    ['Print', print.label],
    ...(extra.partner ? ([['Partner', extra.partner]] as [string, string][]) : []),
    ...(extra.tcn ? ([['TCN', extra.tcn, 'mono']] as [string, string, string][]) : []),
    ['Origin', print.foreignProvided ? 'foreign-provided' : 'agency holding', print.foreignProvided ? 'foreign' : undefined],
    ['FGP', String(print.fingerPosition), 'mono'],
    ['Impression', print.impressionType],
    ['Resolution', `${print.ppi} ppi`, 'mono'],
    ['Size', `${print.width}×${print.height} px`, 'mono'],
    ...(extra.rank !== undefined ? ([['Rank', `#${extra.rank}`, 'mono']] as [string, string, string][]) : []),
    ...(extra.score !== undefined ? ([['Score', extra.score.toFixed(1), 'mono']] as [string, string, string][]) : []),
    ['Source', print.source],
    ['SHA-256', `${print.sha256.slice(0, 12)}…`, 'mono'],
  ];
  return (
    <dl className="provenance" data-testid={`provenance-${viewer}`} aria-label="Provenance">
      {items.map(([term, value, kind]) => (
        <div key={term} className="provenance-item">
          <dt>{term}</dt>
          <dd className={kind} title={term === 'SHA-256' ? print.sha256 : undefined}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
