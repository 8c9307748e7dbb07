// The intake's state machine: read the file (progress from the reader), then
// call packets.intake while polling packets.progress for main's progress.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgressView, IntakeResult, RefusalReason } from '../../../../preload/contract/packets';
import { call } from '../../api/client';
import { describeError, isApiError } from '../../api/errors';
import { newImportId, readFileBytes } from './read-file';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string; fraction: number }
  | { phase: 'importing'; fileName: string; progress: ImportProgressView }
  | { phase: 'done'; fileName: string; result: IntakeResult }
  | { phase: 'failed'; fileName: string; message: string; reason: RefusalReason | null };

const POLL_MS = 250;

export function usePacketImport(onImported?: (result: IntakeResult) => void) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const poll = useRef<ReturnType<typeof setInterval> | null>(null);
  const mounted = useRef(true);
  const stopPolling = () => {
    if (poll.current) clearInterval(poll.current);
    poll.current = null;
  };
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      stopPolling();
    };
  }, []);

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
            .catch(() => undefined); // progress is advisory; the intake call reports failures
        }, POLL_MS);
        const result = await call('packets.intake', { fileName, content, importId });
        stopPolling();
        update({ phase: 'done', fileName, result });
        onImported?.(result);
      } catch (error) {
        stopPolling();
        const reason = isApiError(error) && error.code === 'refused' ? ((error.details?.reason as RefusalReason | undefined) ?? null) : null;
        update({ phase: 'failed', fileName, message: describeError(error), reason });
      }
    },
    [onImported],
  );

  return { state, start, reset: () => setState({ phase: 'idle' }) };
}
