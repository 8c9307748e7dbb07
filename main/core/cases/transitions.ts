// Case state transitions, all in one place (DESIGN.md "Case states"). Each one
// checks the actor's role (same permission table as the API registry, so the
// CLI or any other caller of core gets the same answer), the partner scope and
// the case's current state, then changes the state and writes its audit entry
// in the same transaction.
import type { CaseSummary } from '../../../preload/contract/cases';
import { sessionAllows, type Permission } from '../accounts/permissions';
import type { Role } from '../accounts/roles';
import type { AuditActor } from '../audit/log';
import { conflict, RidgelineError } from '../errors';
import type { Workspace } from '../workspace';
import type { PartnerScope } from './cases';

export type CaseState = CaseSummary['state'];

/** A signed-in user acting on a case: who (for the trail), their roles and their partners. */
export interface CaseActor extends AuditActor {
  userId: string;
  roles: readonly Role[];
  partnerIds: PartnerScope;
}

/** What the purpose screening needs from the partner's agreement. */
export interface PurposeTerms {
  /** Purpose codes the agreement allows, exactly as they appear on requests. */
  purposeCodes: readonly string[];
}

export type BlockDecision = 'admit' | 'refuse';

export interface CaseBlock {
  reason: string;
  purposeCode: string;
  agreedPurposeCodes: string[];
  blockedAt: string;
  decision: BlockDecision | null;
  decisionReason: string | null;
  decidedAt: string | null;
}

interface BlockRow {
  reason: string;
  purpose_code: string;
  agreed_purpose_codes: string;
  blocked_at: string;
  decision: BlockDecision | null;
  decision_reason: string | null;
  decided_at: string | null;
}

/** Where a supervisor's decision on a blocked case takes it. */
const AFTER_DECISION: Readonly<Record<BlockDecision, CaseState>> = { admit: 'in-analysis', refuse: 'closed' };

const MAX_REASON = 2000;

function requirePermission(actor: CaseActor, permission: Permission): void {
  if (!sessionAllows(actor.roles, permission)) {
    throw new RidgelineError('forbidden', `Your role may not ${permission}`, { permission });
  }
}

/**
 * Moves the case from `from` to `to` if it is still in `from`: the guarded
 * UPDATE makes a concurrent transition (another window) lose cleanly.
 */
function moveState(ws: Workspace, caseId: string, from: CaseState, to: CaseState, at: string): void {
  const moved = ws.db.prepare('UPDATE cases SET state = ?, updated_at = ? WHERE id = ? AND state = ?').run(to, at, caseId, from);
  if (moved.changes !== 1) throw conflict(`The case is no longer ${from}`, { caseId, expected: from });
}

/** The screening rule: the agreement lists the request's purpose code exactly. */
export function purposeAllowed(terms: PurposeTerms, purposeCode: string): boolean {
  return terms.purposeCodes.includes(purposeCode);
}

/** The block of a case, or null when it was never blocked. */
export function caseBlockOf(ws: Workspace, caseId: string): CaseBlock | null {
  const row = ws.db
    .prepare('SELECT reason, purpose_code, agreed_purpose_codes, blocked_at, decision, decision_reason, decided_at FROM case_blocks WHERE case_id = ?')
    .get(caseId) as BlockRow | undefined;
  if (!row) return null;
  return {
    reason: row.reason,
    purposeCode: row.purpose_code,
    agreedPurposeCodes: JSON.parse(row.agreed_purpose_codes) as string[],
    blockedAt: row.blocked_at,
    decision: row.decision,
    decisionReason: row.decision_reason,
    decidedAt: row.decided_at,
  };
}

/**
 * Intake screening against the partner's agreement in force: a received case
 * whose purpose code the agreement does not list (or whose partner has no
 * agreement) is blocked, with the reason kept on the case. Either way the case
 * records the agreement version it was screened under. This is a rule the
 * workstation applies, not a user's decision, so it needs no role; the actor is
 * whoever took the case in. Joins the caller's transaction when there is one.
 */
export function screenPurpose(ws: Workspace, actor: AuditActor, caseId: string, now: Date = new Date()): CaseState {
  return ws.db.transaction((): CaseState => {
    const row = ws.db.prepare('SELECT state, purpose_code, partner_id FROM cases WHERE id = ?').get(caseId) as
      | { state: CaseState; purpose_code: string; partner_id: string }
      | undefined;
    if (!row) throw new RidgelineError('not-found', `Case ${caseId} was not found`, { id: caseId });
    if (row.state !== 'received') throw conflict('Only a received case is screened', { caseId, state: row.state });
    const agreement = ws.agreements.current(row.partner_id);
    ws.db.prepare('UPDATE cases SET agreement_version = ? WHERE id = ?').run(agreement?.version ?? null, caseId);
    const terms: PurposeTerms = { purposeCodes: agreement?.purposeCodes ?? [] };
    if (agreement && purposeAllowed(terms, row.purpose_code)) return 'received';

    const at = now.toISOString();
    const reason = agreement
      ? `Purpose code ${row.purpose_code} is not in the partner's agreement (version ${agreement.version}; agreed: ${terms.purposeCodes.join(', ') || 'none'})`
      : `The partner has no agreement in force, so purpose code ${row.purpose_code} cannot be screened`;
    moveState(ws, caseId, 'received', 'blocked', at);
    ws.db
      .prepare('INSERT INTO case_blocks (case_id, reason, purpose_code, agreed_purpose_codes, blocked_at) VALUES (?, ?, ?, ?, ?)')
      .run(caseId, reason, row.purpose_code, JSON.stringify(terms.purposeCodes), at);
    ws.audit.record({
      actor,
      event: 'case.blocked',
      outcome: 'success',
      objects: [`case:${caseId}`, `partner:${row.partner_id}`],
      details: { from: 'received', to: 'blocked', purposeCode: row.purpose_code, agreedPurposeCodes: terms.purposeCodes, agreementVersion: agreement?.version ?? null },
      at: now,
    });
    return 'blocked';
  })();
}

/**
 * A supervisor's decision on a blocked case: admit it into analysis, or refuse
 * it (the case closes). The reason is required: it is what an auditor reads.
 */
export function decideBlocked(
  ws: Workspace,
  actor: CaseActor,
  input: { caseId: string; decision: BlockDecision; reason: string },
  now: Date = new Date(),
): CaseSummary {
  requirePermission(actor, 'case.decide-blocked');
  const reason = input.reason.trim();
  if (!reason || reason.length > MAX_REASON) throw new RidgelineError('invalid-argument', `A decision needs a reason of 1 to ${MAX_REASON} characters`);
  return ws.db
    .transaction((): CaseSummary => {
      // Outside the actor's partners the case answers as missing.
      const before = ws.cases.summary(actor.partnerIds, input.caseId);
      if (before.state !== 'blocked') throw conflict(`Only a blocked case can be admitted or refused; this one is ${before.state}`, { caseId: input.caseId, state: before.state });
      const to = AFTER_DECISION[input.decision];
      const at = now.toISOString();
      moveState(ws, input.caseId, 'blocked', to, at);
      ws.db
        .prepare('UPDATE case_blocks SET decision = ?, decision_reason = ?, decided_by = ?, decided_at = ? WHERE case_id = ? AND decision IS NULL')
        .run(input.decision, reason, actor.userId, at, input.caseId);
      ws.audit.record({
        actor,
        event: input.decision === 'admit' ? 'case.admitted' : 'case.refused',
        outcome: 'success',
        objects: [`case:${input.caseId}`, `partner:${before.partnerId}`],
        details: { from: 'blocked', to, decision: input.decision, reason, purposeCode: before.purposeCode },
        at: now,
      });
      return ws.cases.summary(actor.partnerIds, input.caseId);
    })
    .immediate();
}
