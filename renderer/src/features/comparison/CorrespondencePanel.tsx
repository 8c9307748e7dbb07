// The matcher's proposed correspondences for the selected candidate, as a
// numbered list matching the marks on both prints. Pointing at a number
// highlights that pair in both viewers. The matcher proposes; the examiner decides.
import { useCorrespondenceStore } from '../../store/correspondences';

export function CorrespondencePanel() {
  const { status, result, error, hovered, hover } = useCorrespondenceStore();
  if (status === 'idle') return null;
  return (
    <section className="correspondences" aria-label="Proposed correspondences" data-testid="correspondences-panel" data-status={status}>
      {status === 'loading' && <p className="muted small">Comparing the prints…</p>}
      {status === 'error' && (
        <p className="muted small" role="alert">
          Proposed correspondences unavailable: {error}
        </p>
      )}
      {status === 'ready' && result && (
        <>
          <header data-testid="correspondences-summary" data-count={result.pairs.length}>
            <h2 className="side-title">Proposed correspondences ({result.pairs.length})</h2>
            <p className="muted small">
              Score {result.score.toFixed(1)}, threshold {result.threshold.toFixed(1)}; the examiner decides
            </p>
          </header>
          {result.pairs.length === 0 ? (
            <p className="muted small">The matcher paired no minutiae.</p>
          ) : (
            <ol className="candidate-list" aria-label="Proposed pairs" onMouseLeave={() => hover(null)}>
              {result.pairs.map((pair) => (
                <li key={pair.index}>
                  <button
                    type="button"
                    className={`candidate${pair.index === hovered ? ' selected' : ''}`}
                    data-testid="proposed-pair"
                    aria-label={`Proposed pair ${pair.index}: query at ${Math.round(pair.query.x)}, ${Math.round(pair.query.y)}; candidate at ${Math.round(pair.candidate.x)}, ${Math.round(pair.candidate.y)}`}
                    onMouseEnter={() => hover(pair.index)}
                    onFocus={() => hover(pair.index)}
                    onBlur={() => hover(null)}
                  >
                    <span className="mono">{pair.index}</span>
                    <span className="grow mono small">
                      ({Math.round(pair.query.x)}, {Math.round(pair.query.y)}) ↔ ({Math.round(pair.candidate.x)}, {Math.round(pair.candidate.y)})
                    </span>
                    <span className="mono small" title="Contribution to the score">
                      {pair.weight.toFixed(2)}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
