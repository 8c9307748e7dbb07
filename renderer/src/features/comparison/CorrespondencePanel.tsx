// The matcher's proposed correspondences for the selected candidate, numbered
// as on both prints, with their strength. A candidate under the matcher's
// threshold, or a pair that adds little, is a weak proposal: listed apart and
// drawn faint, never like evidence. The matcher proposes; the examiner decides.
import { useShallow } from 'zustand/react/shallow';
import type { ProposedPair } from '../../../../preload/contract/correspondences';
import { isWeak, useCorrespondenceStore } from '../../store/correspondences';

function PairRow({ pair, weak, strongest }: { pair: ProposedPair; weak: boolean; strongest: number }) {
  const hovered = useCorrespondenceStore((s) => s.hovered === pair.index);
  const hover = useCorrespondenceStore((s) => s.hover);
  const share = strongest > 0 ? Math.max(0.04, pair.weight / strongest) : 0;
  return (
    <li>
      <button
        type="button"
        className={`candidate pair${hovered ? ' selected' : ''}${weak ? ' weak' : ''}`}
        data-testid="proposed-pair"
        data-strength={weak ? 'weak' : 'proposed'}
        aria-label={`${weak ? 'Weak proposed' : 'Proposed'} pair ${pair.index}: query at ${Math.round(pair.query.x)}, ${Math.round(pair.query.y)}; candidate at ${Math.round(pair.candidate.x)}, ${Math.round(pair.candidate.y)}; weight ${pair.weight.toFixed(2)}`}
        onMouseEnter={() => hover(pair.index)}
        onFocus={() => hover(pair.index)}
        onBlur={() => hover(null)}
      >
        <span className="mono">{pair.index}</span>
        <span className="grow mono small">
          ({Math.round(pair.query.x)}, {Math.round(pair.query.y)}) ↔ ({Math.round(pair.candidate.x)}, {Math.round(pair.candidate.y)})
        </span>
        <span className="strength" title={`Contribution to the score: ${pair.weight.toFixed(2)}`}>
          <span className="strength-bar" style={{ width: `${Math.round(share * 100)}%` }} />
        </span>
      </button>
    </li>
  );
}

export function CorrespondencePanel() {
  const { status, result, error } = useCorrespondenceStore(useShallow((s) => ({ status: s.status, result: s.result, error: s.error })));
  const hover = useCorrespondenceStore((s) => s.hover);
  if (status === 'idle') return null;
  const strongest = result ? Math.max(0, ...result.pairs.map((p) => p.weight)) : 0;
  const strong = result ? result.pairs.filter((p) => !isWeak(result, p)) : [];
  const weak = result ? result.pairs.filter((p) => isWeak(result, p)) : [];
  return (
    <section className="correspondences" aria-label="Proposed correspondences" data-testid="correspondences-panel" data-status={status}>
      {status === 'loading' && (
        <p className="muted small" role="status">
          <span className="spinner" aria-hidden="true" /> Comparing the prints…
        </p>
      )}
      {status === 'error' && (
        <p className="muted small" role="alert">
          Proposed correspondences unavailable: {error}
        </p>
      )}
      {status === 'ready' && result && (
        <>
          <header data-testid="correspondences-summary" data-count={result.pairs.length} data-strong={strong.length}>
            <h2 className="side-title">Proposed correspondences ({result.pairs.length})</h2>
            <p className={`small ${result.aboveThreshold ? '' : 'weak-note'}`} data-testid="proposal-strength">
              Score {result.score.toFixed(1)} {result.aboveThreshold ? '≥' : '<'} threshold {result.threshold.toFixed(1)}:{' '}
              {result.aboveThreshold ? 'the matcher suggests these pairs; the examiner decides' : 'weak proposals, not evidence of a match'}
            </p>
          </header>
          {result.pairs.length === 0 ? (
            <p className="muted small">The matcher paired no minutiae.</p>
          ) : (
            <div onMouseLeave={() => hover(null)}>
              {strong.length > 0 && (
                <ol className="candidate-list" aria-label="Proposed pairs">
                  {strong.map((pair) => (
                    <PairRow key={pair.index} pair={pair} weak={false} strongest={strongest} />
                  ))}
                </ol>
              )}
              {weak.length > 0 && (
                <details className="weak-pairs" open={strong.length === 0}>
                  <summary className="small muted" data-testid="weak-pairs">
                    {weak.length} weak {weak.length === 1 ? 'proposal' : 'proposals'}
                  </summary>
                  <ol className="candidate-list" aria-label="Weak proposed pairs">
                    {weak.map((pair) => (
                      <PairRow key={pair.index} pair={pair} weak strongest={strongest} />
                    ))}
                  </ol>
                </details>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
