// "Export print…": main encodes the print as PNG (with its resolution), counts
// it against the user's daily export limit and audits the release; the
// renderer only saves the file. Past the limit main locks the account, and the
// session gate takes over from the next status check.
import { useState } from 'react';
import { call } from '../../api/client';
import { describeError, isApiError } from '../../api/errors';
import { useHasRole } from '../cases/use-roles';
import { useSessionStore } from '../login/session-store';

function saveFile(bytes: Uint8Array<ArrayBuffer>, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function ExportPrintButton({ printId, label }: { printId: string; label: string }) {
  const mayExport = useHasRole('examiner', 'supervisor');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!mayExport) return null;

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const exported = await call('prints.export', { printId });
      saveFile(fromBase64(exported.pngBase64), exported.fileName, exported.mediaType);
    } catch (e) {
      setError(describeError(e));
      // The export limit locks the account: let the session gate show it.
      if (isApiError(e) && e.code === 'account-locked') void useSessionStore.getState().refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button" data-testid={`export-print-${printId}`} aria-label={`Export ${label} as PNG`} disabled={busy} onClick={() => void run()}>
        Export print…
      </button>
      {error && (
        <span className="small outcome-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
