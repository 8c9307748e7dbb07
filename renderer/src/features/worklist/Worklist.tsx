// The worklist: every case the examiner may see, one dense row each. A row
// opens with a click or Enter; the first cell carries the keyboard focus, and
// the arrow keys move it between rows (one Tab stop for the whole table).
import { useEffect, type KeyboardEvent, type ReactNode } from 'react';
import type { CaseSummary } from '../../../../preload/contract/cases';
import { CaseStateBadge } from '../../components/CaseStateBadge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ForeignProvidedBadge } from '../../components/ForeignProvidedBadge';
import { useWorklistStore } from '../../store/worklist';
import { formatUtc } from './format';
import { useShallow } from 'zustand/react/shallow';

export interface WorklistProps {
  onOpen(caseId: string): void;
  /** Shown instead of the table when the workspace has no case (e.g. the demo offer). */
  empty?: ReactNode;
}

export function Worklist({ onOpen, empty }: WorklistProps) {
  const { cases, status, error, load } = useWorklistStore(useShallow((s) => ({ cases: s.cases, status: s.status, error: s.error, load: s.load })));
  useEffect(() => {
    void load();
  }, [load]);

  if (status === 'error' && error) return <ErrorNotice message={error} onRetry={() => void load()} />;
  if (status !== 'ready' && cases.length === 0) return <div className="placeholder">Loading cases…</div>;
  if (cases.length === 0) return <>{empty ?? <div className="placeholder">No cases are assigned to you.</div>}</>;

  return (
    <table className="grid worklist" data-testid="worklist">
      <caption className="sr-only">Cases</caption>
      <thead>
        <tr>
          <th scope="col">Reference</th>
          <th scope="col">Partner</th>
          <th scope="col">Purpose</th>
          <th scope="col">State</th>
          <th scope="col" className="num">Query prints</th>
          <th scope="col" className="num">Candidates</th>
          <th scope="col">Updated</th>
        </tr>
      </thead>
      <tbody onKeyDown={moveFocus}>
        {cases.map((c, i) => (
          <WorklistRow key={c.id} summary={c} onOpen={onOpen} first={i === 0} />
        ))}
      </tbody>
    </table>
  );
}

/** Arrow keys (and Home, End) move between rows' open buttons; Enter opens the focused case. */
function moveFocus(event: KeyboardEvent<HTMLTableSectionElement>) {
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[data-testid="open-case"]'));
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const target: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 };
  const next = target[event.key];
  if (next === undefined || buttons.length === 0) return;
  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
}

function WorklistRow({ summary, onOpen, first }: { summary: CaseSummary; onOpen(caseId: string): void; first: boolean }) {
  return (
    <tr data-testid="worklist-row" data-case-id={summary.id} onDoubleClick={() => onOpen(summary.id)}>
      <td>
        <button type="button" className="link" data-testid="open-case" tabIndex={first ? 0 : -1} onClick={() => onOpen(summary.id)}>
          {summary.reference}
        </button>
        {summary.foreignProvided && <ForeignProvidedBadge compact />}
      </td>
      <td>{summary.partnerName}</td>
      <td className="mono">{summary.purposeCode}</td>
      <td>
        <CaseStateBadge state={summary.state} />
      </td>
      <td className="num">{summary.queryPrintCount}</td>
      <td className="num">{summary.candidateCount}</td>
      <td className="mono">{formatUtc(summary.updatedAt)}</td>
    </tr>
  );
}
