// Take in a partner's query packet: a button that opens the file chooser and a
// drop zone for the same, with progress while main decrypts, verifies, reads,
// extracts and searches. The worklist mounts this; it needs nothing but the contract.
import { useRef, useState, type DragEvent } from 'react';
import type { IntakeResult } from '../../../../preload/contract/packets';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { looksLikePacket, PACKET_EXTENSIONS } from './read-file';
import { usePacketImport } from './use-packet-import';
import './import.css';

export interface ImportPacketProps {
  onImported?(result: IntakeResult): void;
  /** Opens the case the packet created. */
  onOpen?(caseId: string): void;
}

const REFUSAL_TEXT: Record<string, string> = {
  'unknown-sender': 'Unknown sender',
  'bad-signature': 'Bad signature',
  'wrong-recipient': 'Not encrypted to this workstation',
  corrupt: 'Damaged or not a packet',
  replayed: 'Already received',
  'over-budget': 'Too large',
  incomplete: 'Not a complete query',
};

export function ImportPacket({ onImported, onOpen }: ImportPacketProps) {
  const { state, start } = usePacketImport(onImported);
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const busy = state.phase === 'reading' || state.phase === 'importing';

  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (!file || busy) return;
    setNotice(
      files.length > 1 ? `Only ${file.name} is imported; drop the other files one at a time.` : looksLikePacket(file.name) ? null : `${file.name} does not have a packet extension (${PACKET_EXTENSIONS.join(', ')}); trying anyway.`,
    );
    void start(file);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  };

  return (
    <section className="import-packet" aria-label="Import a transaction file">
      <div
        className={`import-drop${dragging ? ' dragging' : ''}`}
        data-testid="import-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <button type="button" className="button" data-testid="import-button" disabled={busy} onClick={() => input.current?.click()}>
          Import packet…
        </button>
        <span className="muted small">or drop a partner’s encrypted packet ({PACKET_EXTENSIONS.join(', ')}) here</span>
        <input
          ref={input}
          type="file"
          hidden
          data-testid="import-file-input"
          accept={PACKET_EXTENSIONS.join(',')}
          onChange={(event) => {
            take(event.currentTarget.files);
            event.currentTarget.value = '';
          }}
        />
      </div>
      {notice && <p className="muted small">{notice}</p>}
      {(state.phase === 'reading' || state.phase === 'importing') && <ImportProgress state={state} />}
      {state.phase === 'done' && <ImportResult fileName={state.fileName} result={state.result} {...(onOpen ? { onOpen } : {})} />}
      {state.phase === 'failed' && (
        <p className="import-error" role="alert" data-testid="import-error" data-reason={state.reason ?? undefined}>
          {state.fileName}: {state.reason ? <strong>Refused: {REFUSAL_TEXT[state.reason] ?? state.reason}. </strong> : null}
          {state.message}
        </p>
      )}
    </section>
  );
}
