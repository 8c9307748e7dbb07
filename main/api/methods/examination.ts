// The case lifecycle and the analysis of query prints. Core re-checks role,
// partner scope, state and guards; handlers only translate the session.
import { sessionAllows } from '../../core/accounts/permissions';
import { moves, moveNames, operationAllows, operationNames, operations } from '../../core/cases/lifecycle';
import { assertOperation } from '../../core/cases/transitions';
import { analysesOfCase, recordAnalysis } from '../../core/conclusions/analysis';
import type { MethodImpl } from '../registry';
import { caseActorOf, scopeOf } from './cases';

export const examinationMethods = {
  'cases.lifecycle': {
    permission: 'case.read',
    handler: () => ({
      moves: moveNames.map((move) => ({ move, from: [...moves[move].from], to: moves[move].to, permission: moves[move].permission, event: moves[move].event })),
      operations: operationNames.map((operation) => ({ operation, states: [...operations[operation].states] })),
    }),
  },
  'cases.actions': {
    permission: 'case.read',
    handler: (ctx, { caseId }) => {
      const actor = caseActorOf(ctx);
      const summary = assertOperation(ctx.workspace, actor.partnerIds, caseId, 'case.view');
      const row = ctx.workspace.db.prepare('SELECT examiner_id, verifier_id FROM cases WHERE id = ?').get(caseId) as { examiner_id: string | null; verifier_id: string | null };
      return {
        caseId,
        state: summary.state,
        moves: moveNames.filter((move) => {
          const rule = moves[move];
          return rule.permission !== null && (rule.from as readonly string[]).includes(summary.state) && sessionAllows(actor.roles, rule.permission);
        }),
        operations: operationNames.filter((op) => operationAllows(op, summary.state)),
        examinerId: row.examiner_id,
        verifierId: row.verifier_id,
        callerIsExaminer: row.examiner_id === actor.userId,
      };
    },
  },
  'analysis.record': {
    permission: 'case.examine',
    handler: (ctx, input) => recordAnalysis(ctx.workspace, caseActorOf(ctx), input, ctx.clock?.() ?? new Date()),
  },
  'analysis.list': {
    permission: 'case.read',
    handler: (ctx, { caseId }) => analysesOfCase(ctx.workspace, scopeOf(ctx), caseId),
  },
} satisfies { [K in 'cases.lifecycle' | 'cases.actions' | 'analysis.record' | 'analysis.list']: MethodImpl<K> };
