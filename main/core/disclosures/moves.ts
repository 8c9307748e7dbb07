// The disclosure and release moves of a case (DESIGN.md "Case states"), applied
// inside the caller's transaction: the case must be in an allowed state (the
// guarded UPDATE makes a concurrent move lose cleanly) and the move's audit
// entry commits with the change it records.
import type { AuditActor } from '../audit/log';
import { conflict, notFound } from '../errors';
import type { Workspace } from '../workspace';

export const disclosureMoves = {
  'disclosure.draft': { from: ['verified', 'returned'], to: 'disclosure-drafted', event: 'disclosure.drafted' },
  'disclosure.approve': { from: ['disclosure-drafted'], to: 'approved', event: 'disclosure.approved' },
  'disclosure.return': { from: ['disclosure-drafted'], to: 'returned', event: 'disclosure.returned' },
  release: { from: ['approved'], to: 'released', event: 'case.released' },
  purge: { from: ['released'], to: 'purged', event: 'case.purged' },
} as const;

export type DisclosureMove = keyof typeof disclosureMoves;

export function caseState(ws: Workspace, caseId: string): string {
  const row = ws.db.prepare('SELECT state FROM cases WHERE id = ?').get(caseId) as { state: string } | undefined;
  if (!row) throw notFound('Case', caseId);
  return row.state;
}

export function assertMovable(ws: Workspace, caseId: string, move: DisclosureMove): string {
  const state = caseState(ws, caseId);
  const rule = disclosureMoves[move];
  if (!(rule.from as readonly string[]).includes(state)) {
    throw conflict(`Cannot ${move} a case that is ${state}; allowed from ${rule.from.join(', ')}`, { caseId, move, state });
  }
  return state;
}

/** Moves the case and records the move's audit entry; call inside a transaction. */
export function applyMove(
  ws: Workspace,
  actor: AuditActor,
  caseId: string,
  move: DisclosureMove,
  at: Date,
  extra: { objects?: string[]; details?: Record<string, unknown> } = {},
): void {
  const from = assertMovable(ws, caseId, move);
  const rule = disclosureMoves[move];
  const moved = ws.db.prepare('UPDATE cases SET state = ?, updated_at = ? WHERE id = ? AND state = ?').run(rule.to, at.toISOString(), caseId, from);
  if (moved.changes !== 1) throw conflict(`The case is no longer ${from}`, { caseId, expected: from });
  ws.audit.record({
    actor,
    event: rule.event,
    outcome: 'success',
    objects: [`case:${caseId}`, ...(extra.objects ?? [])],
    details: { move, from, to: rule.to, ...extra.details },
    at,
  });
}
