// Notices of inaccurate data: record one (from a partner, or found here), see
// every open notice with its 48-hour deadline, and (supervisors) resolve it by
// correcting, annotating, blocking or deleting the data.
import { useState, type FormEvent } from 'react';
import type { CorrectionNotice } from '../../../../preload/contract/oversight';
import { call } from '../../api/client';
import { describeError } from '../../api/errors';
import { useHasRole } from '../cases/use-roles';
import { useOversightStore } from '../../store/oversight';

type Subject = 'case' | 'response' | 'holding';
type Action = 'corrected' | 'annotated' | 'blocked' | 'deleted';

function RecordNoticeForm({ onDone }: { onDone(): void }) {
  const [subjectKind, setSubjectKind] = useState<Subject>('case');
  const [subjectId, setSubjectId] = useState('');
  const [source, setSource] = useState<'partner' | 'internal'>('partner');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await call('corrections.record', { subjectKind, subjectId: subjectId.trim(), source, description });
      setSubjectId('');
      setDescription('');
      onDone();
    } catch (e) {
      setError(describeError(e));
    }
  };
  return (
    <form className="oversight-form" onSubmit={(e) => void submit(e)} aria-label="Record a notice of inaccurate data">
      <label className="field">
        About
        <select value={subjectKind} onChange={(e) => setSubjectKind(e.target.value as Subject)} data-testid="notice-subject-kind">
          <option value="case">Case</option>
          <option value="response">Response</option>
          <option value="holding">Holding (enrolled subject)</option>
        </select>
      </label>
      <label className="field">
        Id
        <input value={subjectId} onChange={(e) => setSubjectId(e.target.value)} required data-testid="notice-subject-id" />
      </label>
      <label className="field">
        Reported by
        <select value={source} onChange={(e) => setSource(e.target.value as 'partner' | 'internal')}>
          <option value="partner">The partner</option>
          <option value="internal">Found here</option>
        </select>
      </label>
      <label className="field grow">
        What is inaccurate
        <input value={description} onChange={(e) => setDescription(e.target.value)} required data-testid="notice-description" />
      </label>
      <button type="submit" className="button primary" data-testid="record-notice">
        Record notice
      </button>
      {error && <span role="alert" className="small outcome-error">{error}</span>}
    </form>
  );
}

function ResolveForm({ notice, onDone }: { notice: CorrectionNotice; onDone(): void }) {
  const [action, setAction] = useState<Action>('annotated');
  const [resolution, setResolution] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await call('corrections.resolve', { noticeId: notice.id, action, resolution });
      onDone();
    } catch (e) {
      setError(describeError(e));
    }
  };
  return (
    <form className="resolve-form" onSubmit={(e) => void submit(e)} aria-label={`Resolve notice ${notice.id}`}>
      <select value={action} onChange={(e) => setAction(e.target.value as Action)} aria-label="Action" data-testid={`resolve-action-${notice.id}`}>
        <option value="corrected">Correct</option>
        <option value="annotated">Annotate</option>
        <option value="blocked">Block (never used or released again)</option>
        <option value="deleted">Delete</option>
      </select>
      <input value={resolution} onChange={(e) => setResolution(e.target.value)} required placeholder="What was done and why" aria-label="Resolution" data-testid={`resolve-text-${notice.id}`} />
      <button type="submit" className="button" data-testid={`resolve-${notice.id}`}>
        Resolve
      </button>
      {error && <span role="alert" className="small outcome-error">{error}</span>}
    </form>
  );
}

export function CorrectionsPanel() {
  const notices = useOversightStore((s) => s.notices);
  const load = useOversightStore((s) => s.load);
  const mayRecord = useHasRole('examiner', 'supervisor');
  const mayResolve = useHasRole('supervisor');
  return (
    <section className="oversight-panel" aria-labelledby="corrections-title">
      <h2 id="corrections-title">Notices of inaccurate data</h2>
      <p className="small muted">A notice must be resolved within 48 hours of being recorded: correct, annotate, block or delete the data.</p>
      {mayRecord && <RecordNoticeForm onDone={() => void load()} />}
      <table className="grid" data-testid="notices-table">
        <thead>
          <tr>
            <th>Due</th>
            <th>About</th>
            <th>Reported by</th>
            <th>What is inaccurate</th>
            <th>Resolution</th>
          </tr>
        </thead>
        <tbody>
          {notices.map((notice) => (
            <tr key={notice.id} className={notice.overdue ? 'overdue' : undefined} data-testid={`notice-${notice.id}`}>
              <td className="mono">
                {notice.dueAt.slice(0, 16).replace('T', ' ')}
                {notice.overdue && <strong className="outcome-error"> overdue</strong>}
              </td>
              <td className="mono">
                {notice.subjectKind} {notice.subjectId}
              </td>
              <td>{notice.source === 'partner' ? 'Partner' : 'Found here'}</td>
              <td>{notice.description}</td>
              <td>
                {notice.action ? (
                  <span>
                    <strong>{notice.action}</strong>: {notice.resolution}
                  </span>
                ) : mayResolve ? (
                  <ResolveForm notice={notice} onDone={() => void load()} />
                ) : (
                  <span className="muted">open</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {notices.length === 0 && <p className="muted">No notices.</p>}
    </section>
  );
}
