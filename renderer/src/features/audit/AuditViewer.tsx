// The auditor's view of the trail: filter by user, event, object, outcome and
// date range; verify the hash chain; export it for a compliance review.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { AuditEntry, AuditFilter, Verification } from '../../../../preload/contract/audit';
import { call } from '../../api/client';
import { describeError } from '../../api/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { AuditExportButtons } from './AuditExportButtons';
import { AuditTable } from './AuditTable';
import './audit.css';

const PAGE = 200;

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function AuditViewer() {
  const [draft, setDraft] = useState<AuditFilter>({});
  const [filter, setFilter] = useState<AuditFilter>({});
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [verification, setVerification] = useState<Verification | null>(null);

  const load = useCallback(async (applied: AuditFilter, beforeSeq?: number) => {
    setError(null);
    try {
      const page = await call('audit.query', { ...applied, limit: PAGE, ...(beforeSeq ? { beforeSeq } : {}) });
      setEntries((previous) => (beforeSeq ? [...previous, ...page.entries] : page.entries));
      setMore(page.entries.length === PAGE);
    } catch (e) {
      setError(describeError(e));
    }
  }, []);

  useEffect(() => {
    void load(filter);
  }, [filter, load]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    // Empty fields mean "any"; the contract rejects empty strings.
    const applied = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== '' && v !== undefined)) as AuditFilter;
    // The form's "to" day is inclusive; the query's bound is exclusive.
    if (applied.to && /^\d{4}-\d{2}-\d{2}$/.test(applied.to)) applied.to = nextDay(applied.to);
    setFilter(applied);
  };

  const verify = async () => {
    setVerification(null);
    try {
      setVerification(await call('audit.verify', {}));
    } catch (e) {
      setError(describeError(e));
    }
  };

  const text = (name: 'user' | 'event' | 'object', label: string, placeholder: string) => (
    <label className="field">
      <span>{label}</span>
      <input data-testid={`audit-filter-${name}`} placeholder={placeholder} value={draft[name] ?? ''} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
    </label>
  );

  return (
    <section className="audit-viewer" data-testid="audit-viewer" aria-label="Audit trail">
      <form className="audit-filters" onSubmit={apply}>
        {text('user', 'User', 'username or id')}
        {text('event', 'Event', 'e.g. access.denied or auth')}
        {text('object', 'Object', 'e.g. case:c_… or c_…')}
        <label className="field">
          <span>Outcome</span>
          <select data-testid="audit-filter-outcome" value={draft.outcome ?? ''} onChange={(e) => setDraft({ ...draft, outcome: (e.target.value || undefined) as AuditFilter['outcome'] })}>
            <option value="">any</option>
            <option value="success">success</option>
            <option value="denied">denied</option>
            <option value="error">error</option>
          </select>
        </label>
        <label className="field">
          <span>From (UTC)</span>
          <input type="date" data-testid="audit-filter-from" value={draft.from ?? ''} onChange={(e) => setDraft({ ...draft, from: e.target.value || undefined })} />
        </label>
        <label className="field">
          <span>To (UTC, inclusive)</span>
          <input type="date" data-testid="audit-filter-to" value={draft.to ?? ''} onChange={(e) => setDraft({ ...draft, to: e.target.value || undefined })} />
        </label>
        <button type="submit" className="button primary" data-testid="audit-apply">
          Apply
        </button>
        <span className="spacer" />
        <button type="button" className="button" data-testid="audit-verify" onClick={() => void verify()}>
          Verify chain
        </button>
        <AuditExportButtons onError={setError} />
      </form>
      {verification && <VerificationNotice result={verification} />}
      {error && <ErrorNotice message={error} onRetry={() => void load(filter)} />}
      <AuditTable entries={entries} />
      {more && (
        <button type="button" className="button" onClick={() => void load(filter, entries.at(-1)?.seq)}>
          Older entries
        </button>
      )}
    </section>
  );
}

function VerificationNotice({ result }: { result: Verification }) {
  const head = `${result.head.seq}:${result.head.hash.slice(0, 16)}…`;
  return result.ok ? (
    <p className="notice" data-testid="audit-verify-result" data-ok="true">
      Chain intact: {result.entryCount} entries up to the anchored head {head}.
    </p>
  ) : (
    <p className="notice notice-error" role="alert" data-testid="audit-verify-result" data-ok="false">
      Chain broken at entry {result.firstBroken?.seq} ({result.firstBroken?.problem}): {result.firstBroken?.message}
    </p>
  );
}
