import type { MethodImpl } from '../registry';
import type { CallContext } from '../context';

/** The partners the caller may see. Permission checks have already run. */
export function scopeOf(ctx: CallContext): readonly string[] {
  return ctx.session()?.partnerIds ?? [];
}

export const casesMethods = {
  'cases.list': {
    permission: 'case.read',
    handler: (ctx) => ctx.workspace.cases.list(scopeOf(ctx)),
  },
  'cases.get': {
    permission: 'case.read',
    handler: (ctx, { caseId }) => ctx.workspace.cases.get(scopeOf(ctx), caseId),
  },
  'prints.annotations': {
    permission: 'case.read',
    handler: (ctx, { printId }) => {
      ctx.workspace.cases.assertPrintInScope(scopeOf(ctx), printId);
      return ctx.workspace.annotations.ofPrint(printId);
    },
  },
  'workspace.info': {
    permission: 'workspace.read',
    handler: (ctx) => {
      const ws = ctx.workspace;
      const count = (table: string) => (ws.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      return {
        schemaVersion: ws.schemaVersion(),
        caseCount: count('cases'),
        printCount: count('prints'),
        demo: ws.meta.get('demo') === 'true',
      };
    },
  },
} satisfies { [K in 'cases.list' | 'cases.get' | 'prints.annotations' | 'workspace.info']: MethodImpl<K> };
