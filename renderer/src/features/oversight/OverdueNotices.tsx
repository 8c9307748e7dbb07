// On every supervisor's worklist: notices of inaccurate data past their 48-hour
// deadline, until resolved.
import { useEffect } from 'react';
import { useOversightStore } from '../../store/oversight';
import { useHasRole } from '../cases/use-roles';

export function OverdueNotices() {
  const isSupervisor = useHasRole('supervisor');
  const overdue = useOversightStore((s) => s.overdue);
  const loadOverdue = useOversightStore((s) => s.loadOverdue);
  useEffect(() => {
    if (isSupervisor) void loadOverdue();
  }, [isSupervisor, loadOverdue]);
  if (!isSupervisor || overdue.length === 0) return null;
  return (
    <div className="overdue-notices" role="alert" data-testid="overdue-notices">
      <strong>
        {overdue.length} notice{overdue.length === 1 ? '' : 's'} of inaccurate data past the 48-hour deadline:
      </strong>{' '}
      {overdue.map((n) => `${n.subjectKind} ${n.subjectId} (due ${n.dueAt.slice(0, 16).replace('T', ' ')})`).join('; ')}. Resolve them under Oversight → Corrections.
    </div>
  );
}
