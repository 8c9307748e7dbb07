// CSV and PDF exports of a report: main builds the file from the same table as
// the screen and records the export as a release; the renderer only saves it.
import { useState } from 'react';
import type { ReportKind } from '../../../../preload/contract/reports';
import { call } from '../../api/client';
import { describeError } from '../../api/errors';
import { saveFile } from '../comparison/save-file';

export function ReportExport({ report, from, to }: { report: ReportKind; from: string; to: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: 'csv' | 'pdf') => {
    setBusy(true);
    setError(null);
    try {
      const file: { bytes?: Uint8Array; fileName: string; mediaType: string; savedTo?: string | null } = await call('reports.export', { report, from, to, format });
      // In the desktop app main has saved the file after its save dialog (savedTo); elsewhere the browser saves it.
      if (file.savedTo === undefined && file.bytes) saveFile(new Uint8Array(file.bytes), file.fileName, file.mediaType);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="report-export">
      <button type="button" className="button" disabled={busy} data-testid={`export-${report}-csv`} title="Export as CSV (recorded as a release)" onClick={() => void run('csv')}>
        CSV…
      </button>
      <button type="button" className="button" disabled={busy} data-testid={`export-${report}-pdf`} title="Export as PDF (recorded as a release)" onClick={() => void run('pdf')}>
        PDF…
      </button>
      {error && <span role="alert" className="small outcome-error">{error}</span>}
    </span>
  );
}
