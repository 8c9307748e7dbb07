// The comparison workspace (the examiner's bench): query and candidate side by
// side, each in its own viewer with its provenance, the case's identity and the
// bench controls above, candidates and proposed correspondences beside them.
// Images come first: the matcher's proposals are asked for only once the
// candidate's print is on screen, and kept per candidate.
import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CaseStateBadge } from '../../components/CaseStateBadge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ForeignProvidedBadge } from '../../components/ForeignProvidedBadge';
import { BlockedCaseNotice } from '../cases/BlockedCaseNotice';
import { useBenchStore } from '../../store/bench';
import { useCanvasStore } from '../../store/canvas';
import { useComparisonStore } from '../../store/comparison';
import { isWeak, useCorrespondenceStore } from '../../store/correspondences';
import { HelpOverlay } from '../shortcuts/HelpOverlay';
import { BenchBar } from './BenchBar';
import { CandidateList } from './CandidateList';
import { CorrespondenceLink } from './CorrespondenceLink';
import { CorrespondencePanel } from './CorrespondencePanel';
import { ExportMenu, printExportItem } from './ExportMenu';
import { Legend } from './Legend';
import { PrintPane } from './PrintPane';
import { useBenchKeys } from './use-bench-keys';

/** Moves the pointed pair through the proposals in list order (strong ones first, as listed). */
function stepPair(step: 1 | -1): void {
  const { result, hovered, hover } = useCorrespondenceStore.getState();
  if (!result || result.pairs.length === 0) return;
  const order = [...result.pairs.filter((p) => !isWeak(result, p)), ...result.pairs.filter((p) => isWeak(result, p))].map((p) => p.index);
  const at = hovered === null ? -1 : order.indexOf(hovered);
  const next = at === -1 ? (step === 1 ? 0 : order.length - 1) : (at + step + order.length) % order.length;
  hover(order[next] ?? null);
}

export function ComparisonWorkspace({ onBack }: { onBack(): void }) {
  const { caseId, detail, status, error, queryPrintId, candidateId } = useComparisonStore(
    useShallow((s) => ({ caseId: s.caseId, detail: s.detail, status: s.status, error: s.error, queryPrintId: s.queryPrintId, candidateId: s.candidateId })),
  );
  const { open, selectQueryPrint, selectCandidate } = useComparisonStore.getState();
  const help = useBenchStore((s) => s.help);
  useBenchKeys(onBack, { 'next-pair': () => stepPair(1), 'previous-pair': () => stepPair(-1) });

  // Images first: the proposals follow the selected candidate once its print is drawn.
  const candidateShown = useCanvasStore((s) => s.viewers.candidate.content !== null);
  const loadCorrespondences = useCorrespondenceStore((s) => s.load);
  useEffect(() => {
    if (!candidateId) void loadCorrespondences(null);
    else if (candidateShown) void loadCorrespondences(candidateId);
  }, [candidateId, candidateShown, loadCorrespondences]);

  const queryPrint = detail?.queryPrints.find((p) => p.id === queryPrintId) ?? null;
  const candidates = useMemo(() => detail?.candidates.filter((c) => c.queryPrintId === queryPrintId) ?? [], [detail, queryPrintId]);
  const candidate = candidates.find((c) => c.id === candidateId) ?? null;
  const exportItems = useMemo(
    () => [
      ...(queryPrint ? [printExportItem(queryPrint.id, `Query print ${queryPrint.label}`)] : []),
      ...(candidate ? [printExportItem(candidate.print.id, `Candidate print ${candidate.print.label}`)] : []),
    ],
    [queryPrint, candidate],
  );

  if (status === 'error' && error) return <ErrorNotice message={error} onRetry={caseId ? () => void open(caseId) : undefined} />;
  if (!detail)
    return (
      <div className="placeholder" role="status">
        <span className="spinner" aria-hidden="true" /> Opening case…
      </div>
    );

  return (
    <div className="comparison" data-testid="comparison">
      <div className="case-bar">
        <button type="button" className="button" onClick={onBack} aria-keyshortcuts="Escape" title="Back to the worklist (Esc)" tabIndex={-1}>
          ← Worklist
        </button>
        <h1 className="case-title mono">{detail.reference}</h1>
        <span>{detail.partnerName}</span>
        <span className="mono" title="Purpose code">
          {detail.purposeCode}
        </span>
        <CaseStateBadge state={detail.state} />
        {detail.foreignProvided && <ForeignProvidedBadge />}
        <span className="spacer" />
        <BenchBar />
        <ExportMenu items={exportItems} />
      </div>
      {detail.state === 'blocked' && detail.block && <BlockedCaseNotice caseId={detail.id} block={detail.block} onDecided={() => void open(detail.id)} />}
      <div className="comparison-body">
        <PrintPane viewer="query" title="Query" print={queryPrint} extra={{ partner: detail.partnerName }} />
        <PrintPane
          viewer="candidate"
          title="Candidate"
          print={candidate?.print ?? null}
          extra={candidate ? { partner: candidate.print.foreignProvided ? detail.partnerName : 'agency holdings', rank: candidate.rank, score: candidate.score } : undefined}
        />
        <aside className="side" aria-label="Prints and candidates">
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
        {candidate && <CorrespondenceLink />}
      </div>
      <Legend />
      {help && <HelpOverlay onClose={() => useBenchStore.getState().setHelp(false)} />}
    </div>
  );
}
