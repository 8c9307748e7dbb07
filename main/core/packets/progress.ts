// Progress of running imports, keyed by the caller's session and the import id
// the renderer chose, so one user cannot watch another's import. Entries are
// dropped a while after they finish; the map is capped so it cannot grow unbounded.
import type { IntakeProgress as ImportProgress } from './intake';

const KEEP_FINISHED_MS = 60_000;
const MAX_ENTRIES = 256;

interface Entry {
  progress: ImportProgress;
  finishedAt: number | null;
}

export function createImportProgressBoard(now: () => number = Date.now) {
  const entries = new Map<string, Entry>();
  const key = (sessionId: string, importId: string) => `${sessionId}:${importId}`;
  const sweep = () => {
    for (const [k, e] of entries) if (e.finishedAt !== null && now() - e.finishedAt > KEEP_FINISHED_MS) entries.delete(k);
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  };
  return {
    update(sessionId: string, importId: string, progress: ImportProgress): void {
      entries.set(key(sessionId, importId), { progress, finishedAt: progress.stage === 'done' ? now() : null });
      sweep();
    },
    finish(sessionId: string, importId: string): void {
      const entry = entries.get(key(sessionId, importId));
      if (entry) entry.finishedAt = now();
    },
    get: (sessionId: string, importId: string): ImportProgress | null => entries.get(key(sessionId, importId))?.progress ?? null,
  };
}
export type ImportProgressBoard = ReturnType<typeof createImportProgressBoard>;

/** One board per main process: imports run in main, whichever window asked. */
export const importProgressBoard = createImportProgressBoard();
