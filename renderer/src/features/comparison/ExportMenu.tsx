// Exports live in one menu, away from the viewing controls: each item asks for
// confirmation first and shows how much of today's export allowance remains,
// because every export counts against it (and past it the account locks).
// Main encodes, counts and audits; the renderer only saves the bytes it is given.
import { useEffect, useRef, useState } from 'react';
import type { ExportAllowance } from '../../../../preload/contract/prints';
import { call } from '../../api/client';
import { describeError, isApiError } from '../../api/errors';
import { useHasRole } from '../cases/use-roles';
import { useSessionStore } from '../../store/session';
import { saveFile } from './save-file';

export interface ExportItem {
  id: string;
  label: string;
  /** What the confirmation says will leave the store. */
  describes: string;
  /** Prints charged against the allowance. */
  prints: number;
  /**
   * Produces the file. In the desktop app main saves it itself after its save
   * dialog (renderer downloads are refused) and answers `savedTo` (null when
   * the user cancelled) instead of the bytes.
   */
  run(): Promise<{ bytes?: Uint8Array<ArrayBuffer>; fileName: string; mediaType: string; savedTo?: string | null }>;
}

export function ExportMenu({ items }: { items: readonly ExportItem[] }) {
  const mayExport = useHasRole('examiner', 'supervisor');
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState<ExportItem | null>(null);
  const [allowance, setAllowance] = useState<ExportAllowance | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  if (!mayExport || items.length === 0) return null;

  const choose = async (item: ExportItem) => {
    setOpen(false);
    setConfirming(item);
    setAllowance(null);
    setError(null);
    setDone(null);
    try {
      setAllowance(await call('exports.allowance', {}));
    } catch (e) {
      setError(describeError(e));
    }
  };

  const confirm = async () => {
    if (!confirming) return;
    setBusy(true);
    setError(null);
    try {
      const file = await confirming.run();
      if (file.bytes) saveFile(file.bytes, file.fileName, file.mediaType);
      setDone(file.savedTo === undefined ? file.fileName : (file.savedTo ?? `${file.fileName} (not saved: cancelled)`));
      setConfirming(null);
    } catch (e) {
      setError(describeError(e));
      // The export limit locks the account: let the session gate show it.
      if (isApiError(e) && e.code === 'account-locked') void useSessionStore.getState().refresh();
    } finally {
      setBusy(false);
    }
  };

  const remaining = allowance ? allowance.prints.limit - allowance.prints.used : null;
  const fits = confirming && remaining !== null ? remaining >= confirming.prints : false;

  return (
    <div className="menu" ref={menu}>
      <button type="button" className="button" aria-haspopup="menu" aria-expanded={open} data-testid="export-menu" onClick={() => setOpen((v) => !v)}>
        Export ▾
      </button>
      {open && (
        <div className="menu-list" role="menu">
          {items.map((item) => (
            <button key={item.id} type="button" role="menuitem" className="menu-item" data-testid={`export-${item.id}`} onClick={() => void choose(item)}>
              {item.label}
            </button>
          ))}
        </div>
      )}
      {done && (
        <span className="small muted" role="status" data-testid="export-done">
          Exported {done}
        </span>
      )}
      {confirming && (
        <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="export-title" data-testid="export-confirm">
          <div className="overlay-panel">
            <h2 id="export-title">{confirming.label}</h2>
            <p>{confirming.describes}</p>
            <p className="small">
              This export counts {confirming.prints} {confirming.prints === 1 ? 'print' : 'prints'} against your daily limit and is recorded in the audit
              trail as a release.
            </p>
            {allowance ? (
              <p className="small" data-testid="export-remaining" data-remaining={remaining ?? undefined}>
                Today ({allowance.day} UTC): {allowance.prints.used} of {allowance.prints.limit} print exports used, <strong>{remaining} remaining</strong>.
                {!fits && ' This export would exceed the limit and lock your account.'}
              </p>
            ) : (
              !error && <p className="small muted">Checking your export allowance…</p>
            )}
            {error && (
              <p className="small outcome-error" role="alert">
                {error}
              </p>
            )}
            <div className="overlay-actions">
              <button type="button" className="button" onClick={() => setConfirming(null)} disabled={busy}>
                Cancel
              </button>
              <button type="button" className="button primary" data-testid="export-confirm-button" disabled={busy || !allowance || !fits} aria-busy={busy} onClick={() => void confirm()}>
                {busy ? 'Exporting…' : 'Export'}
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

/** The export of one print as PNG, through prints.export. */
export function printExportItem(printId: string, label: string): ExportItem {
  return {
    id: `print-${printId}`,
    label: `${label} as PNG…`,
    describes: `The print image as a PNG file with its resolution, saved where you choose.`,
    prints: 1,
    async run() {
      const exported: { png?: Uint8Array; fileName: string; mediaType: string; savedTo?: string | null } = await call('prints.export', { printId });
      // In the desktop app main has saved the file after its save dialog (savedTo); elsewhere the browser saves it.
      if (exported.savedTo !== undefined) return { fileName: exported.fileName, mediaType: exported.mediaType, savedTo: exported.savedTo };
      // The PNG arrives as a Uint8Array (structured clone over IPC): nothing to decode.
      return { bytes: exported.png as Uint8Array<ArrayBuffer>, fileName: exported.fileName, mediaType: exported.mediaType };
    },
  };
}
