import type { AuditEntry } from '../../../../preload/contract/audit';

const compact = (value: unknown) => (value && typeof value === 'object' && Object.keys(value).length === 0 ? '' : JSON.stringify(value));

/** One dense row per entry, newest first. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  if (entries.length === 0) return <div className="placeholder" data-testid="audit-empty">No entries match.</div>;
  return (
    <table className="grid audit-table" data-testid="audit-table">
      <caption className="sr-only">Audit entries</caption>
      <thead>
        <tr>
          <th scope="col" className="num">#</th>
          <th scope="col">Time (UTC)</th>
          <th scope="col">User</th>
          <th scope="col">Event</th>
          <th scope="col">Outcome</th>
          <th scope="col">Objects</th>
          <th scope="col">Details</th>
          <th scope="col">Release</th>
          <th scope="col">Workstation</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.seq} data-testid="audit-row" data-event={e.event} data-outcome={e.outcome} data-user={e.username ?? ''}>
            <td className="num mono">{e.seq}</td>
            <td className="mono">{e.at.replace('T', ' ').replace('Z', '')}</td>
            <td>{e.username ?? '—'}</td>
            <td className="mono">{e.event}</td>
            <td className={`outcome outcome-${e.outcome}`}>{e.outcome}</td>
            <td className="mono small">{e.objects.join(' ')}</td>
            <td className="mono small details">{compact(e.details)}</td>
            <td className="small">{e.release ? `${e.release.elements.join(', ')} → ${e.release.recipient} (${e.release.date})` : ''}</td>
            <td className="small">{e.workstation}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
