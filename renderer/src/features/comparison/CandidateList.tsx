import type { Candidate } from '../../../../preload/contract/cases';
import { ForeignProvidedBadge } from '../../components/ForeignProvidedBadge';

/** The candidates proposed for the current query print, best rank first. */
export function CandidateList({ candidates, selectedId, onSelect }: { candidates: readonly Candidate[]; selectedId: string | null; onSelect(id: string): void }) {
  if (candidates.length === 0) return <p className="muted small">No candidates for this print.</p>;
  return (
    <ol className="candidate-list" aria-label="Candidates">
      {[...candidates]
        .sort((a, b) => a.rank - b.rank)
        .map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className={`candidate${c.id === selectedId ? ' selected' : ''}`}
              aria-pressed={c.id === selectedId}
              data-testid="candidate"
              onClick={() => onSelect(c.id)}
            >
              <span className="mono">#{c.rank}</span>
              <span className="grow">{c.print.label}</span>
              <span className="mono">{c.score.toFixed(1)}</span>
              {c.print.foreignProvided && <ForeignProvidedBadge compact />}
            </button>
          </li>
        ))}
    </ol>
  );
}
