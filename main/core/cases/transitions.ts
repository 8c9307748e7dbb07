// Case state transitions: the enforcement of the lifecycle table (lifecycle.ts).
// Every move checks the actor's role (same permission table as the API
// registry, so the CLI or any other caller of core gets the same answer), the
// partner scope, the case's current state and the move's guard, then runs the
// caller's effect, changes the state and writes its audit entry in the same
// transaction. A refused move is audited too, in its own transaction.
import type { CaseSummary } from '../../../preload/contract/cases';
import { sessionAllows } from '../accounts/permissions';
import type { AuditActor } from '../audit/log';
import { conflict, notFound, RidgelineError } from '../errors';
import type { Workspace } from '../workspace';
import {
  moves,
  operationAllows,
  operations,
  type CaseActor,
  type CaseState,
  type MoveContext,
  type MoveName,
  type OperationName,
} from './lifecycle';

export type { CaseActor, CaseState, MoveName, OperationName } from './lifecycle';

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

const MAX_REASON = 2000;

const isCaseActor = (actor: CaseActor | AuditActor): actor is CaseActor => 'roles' in actor && 'partnerIds' in actor;

/** A required free-text reason (decisions, conclusions, resolutions): what an auditor reads. */
export function requireReason(reason: string, what = 'This decision'): string {
  const trimmed = reason.trim();
  if (!trimmed || trimmed.length > MAX_REASON) throw new RidgelineError('invalid-argument', `${what} needs a reason of 1 to ${MAX_REASON} characters`);
  return trimmed;
}

/** The case with its examiner and verifier, if `scope` covers it (null scope: a workstation rule). */
function caseForMove(ws: Workspace, scope: readonly string[] | null, caseId: string): MoveContext['caseRow'] {
  const row = ws.db.prepare('SELECT partner_id, examiner_id, verifier_id FROM cases WHERE id = ?').get(caseId) as
    | { partner_id: string; examiner_id: string | null; verifier_id: string | null }
    | undefined;
  if (!row) throw notFound('Case', caseId);
  // Outside the actor's partners the case answers as missing.
  const summary = ws.cases.summary(scope ?? [row.partner_id], caseId);
  return { ...summary, examinerId: row.examiner_id, verifierId: row.verifier_id };
}

/** Moves the case from `from` to `to` only if it is still in `from`: a concurrent move loses cleanly. */
function moveState(ws: Workspace, caseId: string, from: CaseState, to: CaseState, at: string): void {
  const moved = ws.db.prepare('UPDATE cases SET state = ?, updated_at = ? WHERE id = ? AND state = ?').run(to, at, caseId, from);
  if (moved.changes !== 1) throw conflict(`The case is no longer ${from}`, { caseId, expected: from });
}

export interface MoveOptions {
  /** Details of the success entry beyond move/from/to (reason, decision, ...). */
  details?: Record<string, unknown>;
  /** More objects for the entry (a candidate, a disclosure). */
  objects?: readonly string[];
  /** Runs inside the move's transaction after the guard, before the state changes. */
  effect?: (context: MoveContext) => void;
  now?: Date;
}

/** Refusals are part of the trail: written in their own transaction (unless the caller holds one, and audits itself). */
function auditRefusal(ws: Workspace, actor: CaseActor | AuditActor, event: string, caseId: string, error: RidgelineError, details: Record<string, unknown>, at: Date): void {
  if (ws.db.inTransaction) return;
  try {
    ws.audit.record({ actor, event, outcome: 'denied', objects: [`case:${caseId}`], details: { ...details, code: error.code, message: error.message }, at });
  } catch {
    // The refusal stands whether or not its entry could be written; the API host logs audit failures of its own.
  }
}

/**
 * Runs `fn` in one immediate transaction and audits a refusal of it (any typed
 * error) with `event`; for domain commands that make a move plus their own writes.
 */
export function caseCommand<T>(ws: Workspace, actor: CaseActor, caseId: string, what: string, fn: () => T, now: Date = new Date()): T {
  try {
    return ws.db.transaction(fn).immediate();
  } catch (error) {
    if (error instanceof RidgelineError) auditRefusal(ws, actor, 'case.command-refused', caseId, error, { command: what }, now);
    throw error;
  }
}

/**
 * Makes `move` on the case. Throws forbidden (role, guard), not-found (missing
 * or out of scope), conflict (the case is in a state the move does not start
 * from); each refusal is audited as case.move-refused. Joins the caller's
 * transaction when there is one (the caller then owns the refusal's audit).
 */
export function transition(ws: Workspace, actor: CaseActor | AuditActor, caseId: string, move: MoveName, options: MoveOptions = {}): CaseSummary {
  const rule = moves[move];
  if (!rule) throw new RidgelineError('invalid-argument', `No case move named ${String(move)}`);
  const now = options.now ?? new Date();
  try {
    return ws.db
      .transaction((): CaseSummary => {
        if (rule.permission !== null) {
          if (!isCaseActor(actor) || !sessionAllows(actor.roles, rule.permission)) {
            throw new RidgelineError('forbidden', `Your role may not ${move}`, { move, permission: rule.permission });
          }
        }
        const scope = isCaseActor(actor) ? actor.partnerIds : null;
        const caseRow = caseForMove(ws, rule.permission === null ? null : scope, caseId);
        const from = caseRow.state;
        if (!(rule.from as readonly CaseState[]).includes(from)) {
          throw conflict(`Cannot ${move} a case that is ${from}; allowed from ${rule.from.join(', ')}`, { caseId, move, state: from, allowedFrom: [...rule.from] });
        }
        const context: MoveContext = { ws, actor, caseRow };
        if ('guard' in rule) rule.guard(context);
        options.effect?.(context);
        const at = now.toISOString();
        moveState(ws, caseId, from, rule.to, at);
        ws.audit.record({
          actor,
          event: rule.event,
          outcome: 'success',
          objects: [`case:${caseId}`, `partner:${caseRow.partnerId}`, ...(options.objects ?? [])],
          details: { move, from, to: rule.to, ...options.details },
          at: now,
        });
        return ws.cases.summary([caseRow.partnerId], caseId);
      })
      .immediate();
  } catch (error) {
    if (error instanceof RidgelineError) auditRefusal(ws, actor, 'case.move-refused', caseId, error, { move }, now);
    throw error;
  }
}

/**
 * The case, if `operation` is allowed in its current state and the scope
 * covers it; otherwise not-found (missing or out of scope) or conflict naming
 * the operation, the state and the states that allow it.
 */
export function assertOperation(ws: Workspace, scope: readonly string[], caseId: string, operation: OperationName): CaseSummary {
  const summary = ws.cases.summary(scope, caseId);
  if (!operationAllows(operation, summary.state)) {
    const allowed = operations[operation].states;
    const message =
      summary.state === 'blocked'
        ? `The case is blocked at intake: a supervisor must admit it before ${operation} is allowed`
        : `${operation} is not allowed while the case is ${summary.state}`;
    throw conflict(message, { caseId, operation, state: summary.state, allowed: [...allowed] });
  }
  return summary;
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
    const row = ws.db.prepare('SELECT state, purpose_code FROM cases WHERE id = ?').get(caseId) as { state: CaseState; purpose_code: string } | undefined;
    if (!row) throw notFound('Case', caseId);
    if (row.state !== 'received') throw conflict('Only a received case is screened', { caseId, state: row.state });
    const partnerId = (ws.db.prepare('SELECT partner_id FROM cases WHERE id = ?').get(caseId) as { partner_id: string }).partner_id;
    const agreement = ws.agreements.current(partnerId);
    ws.db.prepare('UPDATE cases SET agreement_version = ? WHERE id = ?').run(agreement?.version ?? null, caseId);
    const terms: PurposeTerms = { purposeCodes: agreement?.purposeCodes ?? [] };
    if (agreement && purposeAllowed(terms, row.purpose_code)) return 'received';

    const reason = agreement
      ? `Purpose code ${row.purpose_code} is not in the partner's agreement (version ${agreement.version}; agreed: ${terms.purposeCodes.join(', ') || 'none'})`
      : `The partner has no agreement in force, so purpose code ${row.purpose_code} cannot be screened`;
    // A rule, not a user's decision: the move runs without a role, as the intake actor.
    const system: AuditActor = { userId: actor.userId, username: actor.username, workstation: actor.workstation };
    transition(ws, system, caseId, 'intake.block', {
      now,
      details: { purposeCode: row.purpose_code, agreedPurposeCodes: terms.purposeCodes, agreementVersion: agreement?.version ?? null },
      effect: () => {
        ws.db
          .prepare('INSERT INTO case_blocks (case_id, reason, purpose_code, agreed_purpose_codes, blocked_at) VALUES (?, ?, ?, ?, ?)')
          .run(caseId, reason, row.purpose_code, JSON.stringify(terms.purposeCodes), now.toISOString());
      },
    });
    return 'blocked';
  })();
}

/**
 * A supervisor's decision on a blocked case: admit it into analysis, or refuse
 * it (the case closes). The reason is required: it is what an auditor reads.
 */
export function decideBlocked(ws: Workspace, actor: CaseActor, input: { caseId: string; decision: BlockDecision; reason: string }, now: Date = new Date()): CaseSummary {
  const reason = requireReason(input.reason, 'A decision');
  return transition(ws, actor, input.caseId, input.decision === 'admit' ? 'block.admit' : 'block.refuse', {
    now,
    details: { decision: input.decision, reason },
    effect: ({ caseRow }) => {
      ws.db
        .prepare('UPDATE case_blocks SET decision = ?, decision_reason = ?, decided_by = ?, decided_at = ? WHERE case_id = ? AND decision IS NULL')
        .run(input.decision, reason, actor.userId, now.toISOString(), input.caseId);
      void caseRow;
    },
  });
}
