import { RidgelineError } from '../../core/errors';
import { printAccess } from '../../core/cases/access';
import { caseBlockOf, decideBlocked, type CaseActor } from '../../core/cases/transitions';
import { searchCaseHoldings } from '../../core/packets/search-case';
import { actorOf } from '../actor';
import type { MethodImpl } from '../registry';
import type { CallContext } from '../context';

/** The partners the caller may see. Permission checks have already run. */
export function scopeOf(ctx: CallContext): readonly string[] {
  return ctx.session()?.partnerIds ?? [];
}

/** The caller as a case transition sees them: the transition re-checks role and scope itself. */
export function caseActorOf(ctx: CallContext): CaseActor {
  const session = ctx.session();
  if (!session) throw new RidgelineError('unauthenticated', 'Sign in first');
  return { ...actorOf(ctx), userId: session.userId, roles: session.roles, partnerIds: session.partnerIds };
}

export const casesMethods = {
  'cases.list': {
    permission: 'case.read',
    handler: (ctx) => ctx.workspace.cases.list(scopeOf(ctx)),
  },
  'cases.get': {
    permission: 'case.read',
    handler: (ctx, { caseId }) => ({ ...ctx.workspace.cases.get(scopeOf(ctx), caseId), block: caseBlockOf(ctx.workspace, caseId) }),
  },
  'cases.decideBlocked': {
    permission: 'case.decide-blocked',
    handler: async (ctx, input) => {
      const actor = caseActorOf(ctx);
      const decided = decideBlocked(ctx.workspace, actor, input, ctx.clock?.() ?? new Date());
      if (input.decision !== 'admit') return decided;
      // An admitted case was never searched (intake does not search a blocked request): search it now.
      // The admission stands even if the search fails; the failure is logged and audited, and the summary says so.
      try {
        await searchCaseHoldings(ctx.workspace, actor, input.caseId, decided.partnerId);
      } catch (error) {
        ctx.workspace.audit.record({
          actor,
          event: 'case.searched',
          outcome: 'error',
          objects: [`case:${input.caseId}`, `partner:${decided.partnerId}`],
          details: { trigger: 'admitted', error: error instanceof Error ? error.message : String(error) },
        });
      }
      return ctx.workspace.cases.summary(actor.partnerIds, input.caseId);
    },
  },
  'prints.annotations': {
    permission: 'case.read',
    handler: (ctx, { printId }) => {
      printAccess(ctx.workspace, scopeOf(ctx), printId, 'view');
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
} satisfies { [K in 'cases.list' | 'cases.get' | 'cases.decideBlocked' | 'prints.annotations' | 'workspace.info']: MethodImpl<K> };
