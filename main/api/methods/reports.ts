// Oversight reports: computed in core over the caller's partner scope; an
// export is written from the same table and recorded as a release.
import { dailyMatchReport, dailyTable } from '../../core/reports/daily';
import { exportReport } from '../../core/reports/export';
import { sharingReport, sharingTable } from '../../core/reports/sharing';
import type { ReportTable } from '../../core/reports/table';
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
  'reports.daily': {
    permission: 'report.read',
    handler: (ctx, range) => dailyMatchReport(ctx.workspace.db, scopeOf(ctx), range),
  },
  'reports.period': {
    permission: 'report.read',
    handler: (ctx, range) => sharingReport(ctx.workspace.db, scopeOf(ctx), range, ctx.clock?.() ?? new Date()),
  },
  'reports.weekly': {
    permission: 'report.read',
    handler: (ctx, range) => weeklyVolumeReport(ctx.workspace.db, scopeOf(ctx), range),
  },
  'reports.export': {
    permission: 'report.export',
    handler: async (ctx, input) => {
      const scope = scopeOf(ctx);
      const range = { from: input.from, to: input.to };
      const label = scopeLabel(ctx, scope);
      const db = ctx.workspace.db;
      const table: ReportTable =
        input.report === 'daily'
          ? dailyTable(dailyMatchReport(db, scope, range), label)
          : input.report === 'weekly'
            ? weeklyTable(weeklyVolumeReport(db, scope, range), label)
            : sharingTable(sharingReport(db, scope, { ...range, granularity: input.granularity }, ctx.clock?.() ?? new Date()), label);
      const actor = actorOf(ctx);
      return exportReport(ctx.workspace.audit, { ...actor, username: actor.username ?? 'unknown' }, { name: input.report, table, format: input.format, range }, ctx.clock?.() ?? new Date());
    },
  },
} satisfies { [K in 'reports.daily' | 'reports.weekly' | 'reports.period' | 'reports.export']: MethodImpl<K> };
