// Oversight methods: correction notices, data flags, redress and incident
// records. Core does the work (scope, state, audit in one transaction); these
// only name the permission and pass the caller's partner scope.
import { RidgelineError } from '../../core/errors';
import type { CaseActor } from '../../core/cases/transitions';
import { actorOf } from '../actor';
import type { CallContext } from '../context';
import type { MethodImpl } from '../registry';

function caseActor(ctx: CallContext): CaseActor {
  const session = ctx.session();
  if (!session) throw new RidgelineError('unauthenticated', 'Sign in first');
  return { ...actorOf(ctx), userId: session.userId, roles: session.roles, partnerIds: session.partnerIds };
}

const now = (ctx: CallContext) => ctx.clock?.() ?? new Date();

export const oversightMethods = {
  'corrections.record': {
    permission: 'correction.record',
    handler: (ctx, input) => ctx.workspace.corrections.record(caseActor(ctx), input, now(ctx)),
  },
  'corrections.resolve': {
    permission: 'correction.resolve',
    handler: (ctx, input) => ctx.workspace.corrections.resolve(caseActor(ctx), input, now(ctx)),
  },
  'corrections.list': {
    permission: 'oversight.read',
    handler: (ctx, filter) => ({ notices: ctx.workspace.corrections.list(caseActor(ctx).partnerIds, filter, now(ctx)) }),
  },
  'flags.of': {
    permission: 'case.read',
    handler: (ctx, { objectKind, objectId }) => {
      const actor = caseActor(ctx);
      // Flags of a case are read through the case, so scope applies; other kinds through their notices.
      if (objectKind === 'case') ctx.workspace.cases.summary(actor.partnerIds, objectId);
      return { flags: ctx.workspace.flags.of(objectKind, objectId) };
    },
  },
  'oversight.records.create': {
    permission: 'oversight.manage',
    handler: (ctx, input) => ctx.workspace.oversight.create(caseActor(ctx), input, now(ctx)),
  },
  'oversight.records.update': {
    permission: 'oversight.manage',
    handler: (ctx, input) => ctx.workspace.oversight.update(caseActor(ctx), input, now(ctx)),
  },
  'oversight.records.list': {
    permission: 'oversight.read',
    handler: (ctx) => ({ records: ctx.workspace.oversight.list(caseActor(ctx).partnerIds, now(ctx)) }),
  },
} satisfies {
  [K in
    | 'corrections.record'
    | 'corrections.resolve'
    | 'corrections.list'
    | 'flags.of'
    | 'oversight.records.create'
    | 'oversight.records.update'
    | 'oversight.records.list']: MethodImpl<K>;
};
