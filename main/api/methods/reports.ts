// Oversight reports: computed in core over the caller's partner scope; an
// export is written from the same table and recorded as a release.
import { exportReport } from '../../core/reports/export';
import { weeklyVolumeReport } from '../../core/reports/weekly';
import { weeklyTable } from '../../core/reports/weekly-table';
import { RidgelineError } from '../../core/errors';
import { actorOf } from '../actor';
import type { CallContext } from '../context';
import type { MethodImpl } from '../registry';

function scopeOf(ctx: CallContext): readonly string[] {
  const session = ctx.session();
  if (!session) throw new RidgelineError('unauthenticated', 'Sign in first');
  return session.partnerIds;
}

function scopeLabel(ctx: CallContext, scope: readonly string[]): string {
  const names = ctx.workspace.partners.list().filter((p) => scope.includes(p.id)).map((p) => p.name);
  return names.length ? names.join(', ') : 'none';
}

export const reportsMethods = {
  'reports.weekly': {
    permission: 'report.read',
    handler: (ctx, range) => weeklyVolumeReport(ctx.workspace.db, scopeOf(ctx), range),
  },
  'reports.export': {
    permission: 'report.export',
    handler: async (ctx, input) => {
      const scope = scopeOf(ctx);
      const range = { from: input.from, to: input.to };
      const table = weeklyTable(weeklyVolumeReport(ctx.workspace.db, scope, range), scopeLabel(ctx, scope));
      const actor = actorOf(ctx);
      return exportReport(ctx.workspace.audit, { ...actor, username: actor.username ?? 'unknown' }, { name: input.report, table, format: input.format, range }, ctx.clock?.() ?? new Date());
    },
  },
} satisfies { [K in 'reports.weekly' | 'reports.export']: MethodImpl<K> };
