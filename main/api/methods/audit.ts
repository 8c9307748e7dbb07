// The auditor's view of the trail: query, verify, export. An export is itself
// recorded in the chain with the head it covers and its SHA-256.
import { exportChain } from '../../core/audit/export';
import { verifyChain } from '../../core/audit/verify';
import { actorOf } from '../actor';
import type { MethodImpl } from '../registry';

export const auditMethods = {
  'audit.query': {
    permission: 'audit.read',
    handler: (ctx, filter) => ({ entries: ctx.workspace.audit.query(filter), head: ctx.workspace.audit.head() }),
  },
  'audit.verify': {
    permission: 'audit.read',
    handler: (ctx) => {
      const { audit, db } = ctx.workspace;
      // One read transaction: entries and head from the same snapshot.
      return db.transaction(() => verifyChain(audit.entries(), audit.head()))();
    },
  },
  // Not charged against the daily export limit (core/accounts/exports.ts): that
  // limit counts prints and records of the people in casework; the trail holds
  // who did what to which object id, and charging each entry would lock the
  // auditor at the first compliance review of a busy day. The export is still
  // recorded as a release, with the head and hash it covers.
  'audit.export': {
    permission: 'audit.export',
    handler: (ctx, { format }) => {
      const { audit, db } = ctx.workspace;
      const at = ctx.clock?.() ?? new Date();
      return db.transaction(() => {
        const result = exportChain([...audit.entries()], audit.head(), format, { exportedAt: at, workstation: ctx.workstation });
        audit.record({
          actor: actorOf(ctx),
          event: 'audit.exported',
          outcome: 'success',
          objects: ['audit:chain'],
          details: { format, head: result.head, entryCount: result.entryCount, sha256: result.sha256 },
          release: { recipient: `compliance review by ${ctx.session()?.username ?? 'unknown'}`, elements: ['audit entries'], date: at.toISOString() },
          at,
        });
        return result;
      }).immediate();
    },
  },
} satisfies { [K in 'audit.query' | 'audit.verify' | 'audit.export']: MethodImpl<K> };
