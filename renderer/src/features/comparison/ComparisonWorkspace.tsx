// The comparison workspace: query and candidate side by side, each in its own
// viewer, with the case's identity above and the candidate list beside them.
import { useEffect } from 'react';
import { CaseStateBadge } from '../../components/CaseStateBadge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ForeignProvidedBadge } from '../../components/ForeignProvidedBadge';
import { BlockedCaseNotice } from '../cases/BlockedCaseNotice';
import { useComparisonStore } from '../../store/comparison';
import { useCorrespondenceStore } from '../../store/correspondences';
import { CandidateList } from './CandidateList';
import { CorrespondenceLink } from './CorrespondenceLink';
import { CorrespondencePanel } from './CorrespondencePanel';
import { LayerToggles } from './LayerToggles';
import { PrintPane } from './PrintPane';

export function ComparisonWorkspace({ onBack }: { onBack(): void }) {
  const { caseId, detail, status, error, queryPrintId, candidateId, open, selectQueryPrint, selectCandidate } = useComparisonStore();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement)) onBack();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack]);

  // The matcher's proposals follow the selected candidate.
  const loadCorrespondences = useCorrespondenceStore((s) => s.load);
  useEffect(() => {
    void loadCorrespondences(candidateId);
  }, [candidateId, loadCorrespondences]);

  if (status === 'error' && error) return <ErrorNotice message={error} onRetry={caseId ? () => void open(caseId) : undefined} />;
  if (!detail) return <div className="placeholder">Opening case…</div>;

  const queryPrint = detail.queryPrints.find((p) => p.id === queryPrintId) ?? null;
  const candidates = detail.candidates.filter((c) => c.queryPrintId === queryPrintId);
  const candidate = candidates.find((c) => c.id === candidateId) ?? null;

  return (
    <div className="comparison" data-testid="comparison">
      <div className="case-bar">
        <button type="button" className="button" onClick={onBack} aria-keyshortcuts="Escape">
          ← Worklist
        </button>
        <h1 className="case-title mono">{detail.reference}</h1>
        <span>{detail.partnerName}</span>
        <span className="mono" title="Purpose code">{detail.purposeCode}</span>
        <CaseStateBadge state={detail.state} />
        {detail.foreignProvided && <ForeignProvidedBadge />}
        <span className="spacer" />
        <LayerToggles />
      </div>
      {detail.state === 'blocked' && detail.block && <BlockedCaseNotice caseId={detail.id} block={detail.block} onDecided={() => void open(detail.id)} />}
      <div className="comparison-body">
        <aside className="side">
          <h2 className="side-title">Query prints</h2>
          <ol className="candidate-list" aria-label="Query prints">
            {detail.queryPrints.map((p) => (
              <li key={p.id}>
                <button type="button" className={`candidate${p.id === queryPrintId ? ' selected' : ''}`} aria-pressed={p.id === queryPrintId} onClick={() => selectQueryPrint(p.id)}>
                  <span className="grow">{p.label}</span>
                  <span className="mono">FGP {p.fingerPosition}</span>
                  {p.foreignProvided && <ForeignProvidedBadge compact />}
                </button>
              </li>
            ))}
          </ol>
          <h2 className="side-title">Candidates</h2>
          <CandidateList candidates={candidates} selectedId={candidateId} onSelect={selectCandidate} />
          {candidate && <CorrespondencePanel />}
        </aside>
        <PrintPane viewer="query" title="Query" print={queryPrint} />
        <PrintPane
          viewer="candidate"
          title="Candidate"
          print={candidate?.print ?? null}
          detail={candidate ? `rank ${candidate.rank} · score ${candidate.score.toFixed(1)}` : undefined}
        />
        {candidate && <CorrespondenceLink />}
      </div>
    </div>
  );
}
