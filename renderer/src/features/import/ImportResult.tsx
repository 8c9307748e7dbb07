import type { PacketImportResult } from '../../../../preload/contract/packets';
import { ForeignProvidedBadge } from '../../components/ForeignProvidedBadge';

/** What an import produced: prints, what was skipped and what the reader tolerated. */
export function ImportResult({ fileName, result }: { fileName: string; result: PacketImportResult }) {
  return (
    <div className="import-result" data-testid="import-result">
      <p>
        {fileName}: {result.prints.length} print{result.prints.length === 1 ? '' : 's'} imported from {result.sender || 'an unnamed sender'} (TCN{' '}
        <span className="mono">{result.controlNumber || '-'}</span>)
        {result.annotationCount > 0 && `, ${result.annotationCount} marked features`}.
      </p>
      {result.duplicateOf.length > 0 && (
        <p className="import-warning" data-testid="import-duplicate">
          The same file was imported before ({result.duplicateOf.length} time{result.duplicateOf.length === 1 ? '' : 's'}).
        </p>
      )}
      <ul className="import-prints">
        {result.prints.map((p) => (
          <li key={p.id}>
            {p.label} · {p.width}×{p.height} @ {p.ppi} ppi {p.foreignProvided && <ForeignProvidedBadge />}
          </li>
        ))}
      </ul>
      {result.skipped.length > 0 && (
        <details data-testid="import-skipped">
          <summary>{result.skipped.length} image(s) not imported</summary>
          <ul>
            {result.skipped.map((s) => (
              <li key={s.record}>
                Record {s.record} (Type-{s.recordType}): {s.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {result.warnings.length > 0 && (
        <details data-testid="import-warnings">
          <summary>{result.warnings.length} deviation(s) from the standard tolerated</summary>
          <ul>
            {result.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
