// Redress requests and suspected privacy incidents, with linked cases, a due
// date, status and outcome. Supervisors record and move them; auditors read.
import { useState, type FormEvent } from 'react';
import type { OversightRecord } from '../../../../preload/contract/oversight';
import { call } from '../../api/client';
import { describeError } from '../../api/errors';
import { useHasRole } from '../cases/use-roles';
import { useOversightStore } from '../../store/oversight';
import { dayOffset, todayUtc } from './range';

const CATEGORIES = {
  redress: ['access', 'correction', 'deletion', 'other'],
  incident: ['unauthorised-query', 'wrong-recipient', 'excess-disclosure', 'lost-or-stolen', 'other'],
} as const;

function NewRecordForm({ onDone }: { onDone(): void }) {
  const [kind, setKind] = useState<'redress' | 'incident'>('incident');
  const [category, setCategory] = useState<string>(CATEGORIES.incident[0]);
  const [summary, setSummary] = useState('');
  const [caseIds, setCaseIds] = useState('');
  const [dueAt, setDueAt] = useState(dayOffset(todayUtc(), 30));
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const ids = caseIds.split(/[\s,]+/).filter(Boolean);
      await call('oversight.records.create', { kind, category, partnerId: null, summary, dueAt, caseIds: ids });
      setSummary('');
      setCaseIds('');
      onDone();
    } catch (e) {
      setError(describeError(e));
    }
  };
  return (
    <form className="oversight-form" onSubmit={(e) => void submit(e)} aria-label="Record a redress request or incident">
      <label className="field">
        Kind
        <select
          value={kind}
          onChange={(e) => {
            const next = e.target.value as 'redress' | 'incident';
            setKind(next);
            setCategory(CATEGORIES[next][0]);
          }}
          data-testid="record-kind"
        >
          <option value="incident">Suspected privacy incident</option>
          <option value="redress">Redress request</option>
        </select>
      </label>
      <label className="field">
        Category
        <select value={category} onChange={(e) => setCategory(e.target.value)} data-testid="record-category">
          {CATEGORIES[kind].map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label className="field grow">
        Summary
        <input value={summary} onChange={(e) => setSummary(e.target.value)} required data-testid="record-summary" />
      </label>
      <label className="field">
        Affected cases
        <input value={caseIds} onChange={(e) => setCaseIds(e.target.value)} placeholder="case ids" data-testid="record-cases" />
      </label>
      <label className="field">
        Due
        <input type="date" value={dueAt} onChange={(e) => setDueAt(e.target.value)} required />
      </label>
      <button type="submit" className="button primary" data-testid="record-create">
        Record
      </button>
      {error && <span role="alert" className="small outcome-error">{error}</span>}
    </form>
  );
}

function StatusControl({ record, onDone }: { record: OversightRecord; onDone(): void }) {
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState<string | null>(null);
  const move = async (status: 'investigating' | 'closed') => {
    setError(null);
    try {
      await call('oversight.records.update', { id: record.id, status, outcome: status === 'closed' ? outcome : null });
      onDone();
    } catch (e) {
      setError(describeError(e));
    }
  };
  return (
    <span className="resolve-form">
      {record.status === 'open' && (
        <button type="button" className="button" onClick={() => void move('investigating')}>
          Investigate
        </button>
      )}
      <input value={outcome} onChange={(e) => setOutcome(e.target.value)} placeholder="Outcome" aria-label={`Outcome of ${record.id}`} />
      <button type="button" className="button" disabled={!outcome.trim()} onClick={() => void move('closed')}>
        Close
      </button>
      {error && <span role="alert" className="small outcome-error">{error}</span>}
    </span>
  );
}

export function RecordsPanel() {
  const records = useOversightStore((s) => s.records);
  const load = useOversightStore((s) => s.load);
  const mayManage = useHasRole('supervisor');
  return (
    <section className="oversight-panel" aria-labelledby="records-title">
      <h2 id="records-title">Redress requests and privacy incidents</h2>
      {mayManage && <NewRecordForm onDone={() => void load()} />}
      <table className="grid" data-testid="records-table">
        <thead>
          <tr>
            <th>Kind</th>
            <th>Category</th>
            <th>Summary</th>
            <th>Cases</th>
            <th>Due</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={record.id} className={record.overdue ? 'overdue' : undefined}>
              <td>{record.kind}</td>
              <td>{record.category}</td>
              <td>{record.summary}</td>
              <td className="mono">{record.caseIds.join(', ')}</td>
              <td className="mono">
                {record.dueAt.slice(0, 10)}
                {record.overdue && <strong className="outcome-error"> overdue</strong>}
              </td>
              <td>
                {record.status === 'closed' ? (
                  <span>closed: {record.outcome}</span>
                ) : mayManage ? (
                  <StatusControl record={record} onDone={() => void load()} />
                ) : (
                  record.status
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {records.length === 0 && <p className="muted">No records.</p>}
    </section>
  );
}
