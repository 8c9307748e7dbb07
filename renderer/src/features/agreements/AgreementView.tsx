// One agreement version, read-only: what examiners and auditors see, and what
// a supervisor sees before editing.
import type { AgreementVersion } from '../../../../preload/contract/agreements';

export function AgreementView({ version }: { version: AgreementVersion }) {
  const categories = [...new Set(version.releasableElements.map((e) => e.category ?? ''))];
  return (
    <div className="agreement-view" data-testid="agreement-view">
      <p className="muted small">
        Version {version.version}, {version.createdAt}
        {version.createdBy ? ` by ${version.createdBy}` : ''}: {version.comment}
      </p>
      <h3>Purpose codes</h3>
      <p data-testid="agreement-purposes">{version.purposeCodes.length ? version.purposeCodes.map((c) => <code key={c} className="chip">{c}</code>) : 'None: every request is blocked for a supervisor.'}</p>
      <h3>Releasable data elements ({version.releasableElements.length})</h3>
      {categories.map((category) => (
        <div key={category}>
          {category && <h4>{category}</h4>}
          <ul data-testid="agreement-elements">
            {version.releasableElements
              .filter((e) => (e.category ?? '') === category)
              .map((e) => (
                <li key={e.element}>{e.label}</li>
              ))}
          </ul>
        </div>
      ))}
      <h3>Caveats attached to every release</h3>
      <ol data-testid="agreement-caveats">
        {version.caveats.map((c, i) => (
          <li key={i}>{c}</li>
        ))}
      </ol>
      <h3>Retention</h3>
      <ul>
        <li>After “no match”: the partner’s query prints and their templates are deleted.</li>
        <li>After a match: query prints {version.retention.deleteQueryPrintsAfterMatch ? 'are deleted once the response is released' : 'are kept with the case'}.</li>
        <li>Matched data is kept {version.retention.matchedDataRetentionDays} days.</li>
      </ul>
      <h3>Partner key</h3>
      <p className="mono" data-testid="agreement-partner-key">
        {version.partnerKeyFingerprint ?? 'None: packets from this partner are refused until a key is set.'}
      </p>
    </div>
  );
}
