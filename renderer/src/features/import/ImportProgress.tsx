import type { ImportState } from './use-packet-import';

const STAGE_TEXT = {
  waiting: 'Starting',
  opening: 'Decrypting and checking the signature',
  reading: 'Reading the transaction',
  decoding: 'Decoding images',
  extracting: 'Extracting minutiae',
  searching: 'Searching the holdings',
  saving: 'Creating the case',
  done: 'Finishing',
} as const;

/** The bar and words for a running intake. */
export function ImportProgress({ state }: { state: Extract<ImportState, { phase: 'reading' | 'importing' }> }) {
  const fraction = state.phase === 'reading' ? state.fraction : state.progress.fraction;
  const words =
    state.phase === 'reading'
      ? 'Reading the file'
      : `${STAGE_TEXT[state.progress.stage]}${state.progress.total ? ` (${state.progress.done ?? 0} of ${state.progress.total})` : ''}`;
  return (
    <div className="import-progress" data-testid="import-progress" role="status">
      <span>
        {state.fileName}: {words}
      </span>
      <progress max={1} value={fraction} aria-label="Import progress" />
    </div>
  );
}
