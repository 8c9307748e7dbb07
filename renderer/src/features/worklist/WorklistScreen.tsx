// The casework home: the worklist with its toolbar. Examiners can open the
// packet import panel here; an empty worklist offers the demo instead of a table.
import { useState, type ReactNode } from 'react';
import { ImportPacket } from '../import';
import { OverdueNotices } from '../oversight/OverdueNotices';
import { useSessionStore } from '../../store/session';
import { useWorklistStore } from '../../store/worklist';
import { Worklist } from './Worklist';

export function WorklistScreen({ onOpen, empty }: { onOpen(caseId: string): void; empty: ReactNode }) {
  const count = useWorklistStore((s) => s.cases.length);
  const reload = useWorklistStore((s) => s.load);
  // Showing the control only to examiners is convenience; main enforces 'packet.import' regardless.
  const mayImport = useSessionStore((s) => s.status?.user?.roles.includes('examiner') ?? false);
  const [importing, setImporting] = useState(false);

  return (
    <div className="worklist-screen">
      <div className="screen-bar">
        <h1 className="screen-title">Worklist</h1>
        <span className="muted small" data-testid="worklist-count">
          {count} {count === 1 ? 'case' : 'cases'}
        </span>
        <span className="spacer" />
        {mayImport && (
          <button type="button" className="button" aria-expanded={importing} aria-controls="import-panel" data-testid="toggle-import" onClick={() => setImporting((v) => !v)}>
            {importing ? 'Close import' : 'Import packet'}
          </button>
        )}
        <button type="button" className="button" onClick={() => void reload()}>
          Refresh
        </button>
      </div>
      <OverdueNotices />
      {importing && (
        <div id="import-panel" className="import-panel">
          <ImportPacket onImported={() => void reload()} onOpen={onOpen} />
        </div>
      )}
      <div className="worklist-body">
        <Worklist onOpen={onOpen} empty={empty} />
      </div>
    </div>
  );
}
