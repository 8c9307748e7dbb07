// The import's state machine: read the file (progress from the reader), then
// call packets.import while polling packets.progress for main's progress.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgressView, PacketImportResult } from '../../../../preload/contract/packets';
import { call } from '../../api/client';
import { describeError } from '../../api/errors';
import { newImportId, readFileBytes } from './read-file';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string; fraction: number }
  | { phase: 'importing'; fileName: string; progress: ImportProgressView }
  | { phase: 'done'; fileName: string; result: PacketImportResult }
  | { phase: 'failed'; fileName: string; message: string };

const POLL_MS = 250;

export function usePacketImport(target: { partnerId: string | null; caseId: string | null }, onImported?: (result: PacketImportResult) => void) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const poll = useRef<ReturnType<typeof setInterval> | null>(null);
  const mounted = useRef(true);
  const stopPolling = () => {
    if (poll.current) clearInterval(poll.current);
    poll.current = null;
  };
  useEffect(
    () => () => {
      mounted.current = false;
      stopPolling();
    },
    [],
  );

  const start = useCallback(
    async (file: File) => {
      const fileName = file.name;
      const update = (next: ImportState) => mounted.current && setState(next);
      try {
        update({ phase: 'reading', fileName, fraction: 0 });
        const content = await readFileBytes(file, (fraction) => update({ phase: 'reading', fileName, fraction }));
        const importId = newImportId();
        update({ phase: 'importing', fileName, progress: { stage: 'waiting', fraction: 0 } });
        poll.current = setInterval(() => {
          call('packets.progress', { importId })
            .then((progress) => setState((s) => (mounted.current && s.phase === 'importing' ? { ...s, progress } : s)))
            .catch(() => undefined); // progress is advisory; the import call reports failures
        }, POLL_MS);
        const result = await call('packets.import', { fileName, content, partnerId: target.partnerId, caseId: target.caseId, importId });
        stopPolling();
        update({ phase: 'done', fileName, result });
        onImported?.(result);
      } catch (error) {
        stopPolling();
        update({ phase: 'failed', fileName, message: describeError(error) });
      }
    },
    [target.partnerId, target.caseId, onImported],
  );

  return { state, start, reset: () => setState({ phase: 'idle' }) };
}
