import type { IntakeResult } from '../../../../preload/contract/packets';
import { ForeignProvidedBadge } from '../../components/ForeignProvidedBadge';

/** What an intake produced: the case, its partner references, its state and candidates. */
export function ImportResult({ fileName, result, onOpen }: { fileName: string; result: IntakeResult; onOpen?: (caseId: string) => void }) {
  const refs = result.references;
  return (
    <div className="import-result" data-testid="import-result">
      <p>
        {fileName}: case <strong className="mono">{result.reference}</strong> from {result.partnerId} <ForeignProvidedBadge />, purpose{' '}
        <span className="mono">{result.purposeCode}</span>, {result.printCount} print{result.printCount === 1 ? '' : 's'}, signature verified (key{' '}
        <span className="mono">{result.signerFingerprint.slice(-16)}</span>), agreement version {result.agreementVersion}.
      </p>
      {result.state === 'blocked' ? (
        <p className="import-warning" data-testid="import-blocked">
          The purpose code is outside the partner’s agreement: the case is blocked until a supervisor admits or refuses it. It was not searched.
        </p>
      ) : (
        <p data-testid="import-candidates">
          Holdings searched: {result.candidateCount} candidate{result.candidateCount === 1 ? '' : 's'} proposed. The matcher only suggests; the examiner decides.
        </p>
      )}
      <dl className="import-references small">
        <dt>TCN</dt>
        <dd className="mono">{refs.tcn}</dd>
        {refs.uniqueReference && (
          <>
            <dt>Partner reference</dt>
            <dd className="mono">{refs.uniqueReference}</dd>
          </>
        )}
        {refs.eventReference && (
          <>
            <dt>Event reference</dt>
            <dd className="mono">{refs.eventReference}</dd>
          </>
        )}
        <dt>Originating agency</dt>
        <dd className="mono">{refs.originatingAgency}</dd>
      </dl>
      {onOpen && (
        <button type="button" className="button primary" data-testid="import-open-case" onClick={() => onOpen(result.caseId)}>
          Open case
        </button>
      )}
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
