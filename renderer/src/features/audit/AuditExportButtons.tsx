// Export of the whole chain for a compliance review. Main builds the file
// (and records the export in the chain); the renderer only saves it.
import { useState } from 'react';
import { call } from '../../api/client';
import { describeError } from '../../api/errors';

function save(content: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

export function AuditExportButtons({ onError }: { onError(message: string): void }) {
  const [last, setLast] = useState<string | null>(null);
  const run = async (format: 'jsonl' | 'csv') => {
    try {
      const result: { content?: string; savedTo?: string | null; head: { seq: number }; entryCount: number; sha256: string } = await call('audit.export', { format });
      // In the desktop app main has already saved the file (savedTo); elsewhere the browser saves it.
      if (result.content !== undefined) save(result.content, `ridgeline-audit-${result.head.seq}.${format}`, format === 'csv' ? 'text/csv' : 'application/jsonl');
      setLast(`${result.entryCount} entries, head ${result.head.seq}, SHA-256 ${result.sha256}`);
    } catch (e) {
      onError(describeError(e));
    }
  };
  return (
    <>
      <button type="button" className="button" data-testid="audit-export-jsonl" onClick={() => void run('jsonl')}>
        Export JSON lines
      </button>
      <button type="button" className="button" data-testid="audit-export-csv" onClick={() => void run('csv')}>
        Export CSV
      </button>
      {last && (
        <span className="muted small mono" data-testid="audit-export-result">
          {last}
        </span>
      )}
    </>
  );
}
