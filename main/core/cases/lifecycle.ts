// The case lifecycle, declared in one place (DESIGN.md "Case states"): every
// move a case can make (from, to, permission, guard, audit event) and, for
// every other operation on a case, the states that allow it. Nothing here runs
// anything; transitions.ts enforces the table and the exhaustive test walks
// every state x every move against it.
import type { CaseSummary } from '../../../preload/contract/cases';
import type { Permission } from '../accounts/permissions';
import type { AuditActor } from '../audit/log';
import { RidgelineError } from '../errors';
import type { Workspace } from '../workspace';
import type { PartnerScope } from './cases';

export type CaseState = CaseSummary['state'];

export const caseStates: readonly CaseState[] = [
  'received',
  'blocked',
  'in-analysis',
  'in-comparison',
  'concluded',
  'in-verification',
  'verified',
  'conflict',
  'disclosure-drafted',
  'approved',
  'returned',
  'released',
  'purged',
  'closed',
];

/** A signed-in user acting on a case: who (for the trail), their roles and their partners. */
export interface CaseActor extends AuditActor {
  userId: string;
  roles: readonly import('../accounts/roles').Role[];
  partnerIds: PartnerScope;
}

/** What a guard sees: the case as it is inside the move's transaction. */
export interface MoveContext {
  ws: Workspace;
  actor: CaseActor | AuditActor;
  caseRow: CaseSummary & { examinerId: string | null; verifierId: string | null };
}

/** A guard throws a RidgelineError (usually 'conflict' or 'forbidden') when the move may not happen. */
export type Guard = (context: MoveContext) => void;

export interface MoveRule {
  from: readonly CaseState[];
  to: CaseState;
  /** null: a workstation rule applied at intake, not a user's decision. */
  permission: Permission | null;
  event: string;
  guard?: Guard;
}

const actorId = (actor: CaseActor | AuditActor): string | null => actor.userId;

/** Four eyes: the examiner of a case never verifies it, whatever their roles. */
const notTheExaminer: Guard = ({ actor, caseRow }) => {
  if (caseRow.examinerId && actorId(actor) === caseRow.examinerId) {
    throw new RidgelineError('forbidden', 'The examiner of a case cannot verify it: a different examiner must', { caseId: caseRow.id });
  }
};

/**
 * Every move of the case lifecycle. Domain services (analysis, conclusions,
 * verification, disclosures, releases, purge) call transition() with a move
 * name; they add their own effects, but the from/to/permission/event are here.
 */
export const moves = {
  // Intake screening (a rule, no decision): a purpose code outside the agreement blocks the case.
  'intake.block': { from: ['received'], to: 'blocked', permission: null, event: 'case.blocked' },
  // A supervisor decides a blocked case: admit into analysis, or refuse (the case closes).
  'block.admit': { from: ['blocked'], to: 'in-analysis', permission: 'case.decide-blocked', event: 'case.admitted' },
  'block.refuse': { from: ['blocked'], to: 'closed', permission: 'case.decide-blocked', event: 'case.refused' },
  // The examiner takes the case: they become its examiner.
  'analysis.start': { from: ['received'], to: 'in-analysis', permission: 'case.examine', event: 'case.analysis-started' },
  // Analysis of the query print(s) recorded: comparison opens, or "not suitable" ends the examination.
  'analysis.suitable': { from: ['received', 'in-analysis'], to: 'in-comparison', permission: 'case.examine', event: 'case.analysed' },
  'analysis.not-suitable': { from: ['received', 'in-analysis'], to: 'concluded', permission: 'case.examine', event: 'case.not-suitable' },
  // The examiner has concluded on the candidates and submits for verification.
  'examination.conclude': { from: ['in-comparison'], to: 'concluded', permission: 'case.examine', event: 'case.concluded' },
  'verification.request': { from: ['concluded'], to: 'in-verification', permission: 'case.examine', event: 'case.verification-requested' },
  // A second examiner's independent conclusions agree, or not.
  'verification.agree': { from: ['in-verification'], to: 'verified', permission: 'case.verify', event: 'case.verified', guard: notTheExaminer },
  'verification.disagree': { from: ['in-verification'], to: 'conflict', permission: 'case.verify', event: 'case.conflict', guard: notTheExaminer },
  // A supervisor settles a disagreement with a reason.
  'conflict.resolve': { from: ['conflict'], to: 'verified', permission: 'case.resolve-conflict', event: 'case.conflict-resolved' },
  // Disclosure, approval, release and purge (core/disclosures, core/releases add their guards and effects).
  'disclosure.draft': { from: ['verified', 'returned'], to: 'disclosure-drafted', permission: 'disclosure.draft', event: 'disclosure.drafted' },
  'disclosure.approve': { from: ['disclosure-drafted'], to: 'approved', permission: 'disclosure.approve', event: 'disclosure.approved' },
  'disclosure.return': { from: ['disclosure-drafted'], to: 'returned', permission: 'disclosure.return', event: 'disclosure.returned' },
  release: { from: ['approved'], to: 'released', permission: 'release.send', event: 'case.released' },
  // After a "no match" the partner's query prints are deleted.
  purge: { from: ['released'], to: 'purged', permission: 'case.purge', event: 'case.purged' },
  close: { from: ['released', 'purged'], to: 'closed', permission: 'case.close', event: 'case.closed' },
} as const satisfies Record<string, MoveRule>;

export type MoveName = keyof typeof moves;
export const moveNames = Object.keys(moves) as MoveName[];

export function moveRule(move: MoveName): MoveRule {
  return moves[move];
}

/** States from which a case's prints are still casework (not blocked, not refused, closed or purged). */
const ACTIVE: readonly CaseState[] = [
  'received',
  'in-analysis',
  'in-comparison',
  'concluded',
  'in-verification',
  'verified',
  'conflict',
  'disclosure-drafted',
  'approved',
  'returned',
  'released',
];
/** After the analysis opened comparison. */
const COMPARED: readonly CaseState[] = ACTIVE.filter((s) => s !== 'received' && s !== 'in-analysis');
/** After verification settled the conclusion. */
const SETTLED: readonly CaseState[] = ['verified', 'disclosure-drafted', 'approved', 'returned', 'released'];

/**
 * Every other operation on a case and the states that allow it. A refused or
 * closed case exports nothing and takes no imports; a blocked case shows no
 * prints to anyone until a supervisor admits it; a purged case has no prints.
 */
export const operations = {
  /** The case's metadata (worklist, detail): every state, so supervisors and auditors see blocked and closed cases. */
  'case.view': { states: [...ACTIVE, 'blocked', 'purged', 'closed'] },
  /** Query print images and their markup (API reads and the print-image protocol). */
  'prints.view': { states: ACTIVE },
  /** Candidate images, proposed and examiner correspondences: only after the analysis (the candidate pane stays closed until then). */
  'candidates.view': { states: COMPARED },
  /** Adding, moving, deleting minutiae, cores, deltas and the region of interest. */
  'markup.edit': { states: ['received', 'in-analysis', 'in-comparison', 'in-verification'] },
  'analysis.record': { states: ['received', 'in-analysis'] },
  'correspondences.edit': { states: ['in-comparison', 'in-verification'] },
  'conclusion.record': { states: ['in-comparison'] },
  'verification.record': { states: ['in-verification'] },
  /** Prints out of the store as files (prints.export). */
  'prints.export': { states: ACTIVE },
  /** The court chart names the verifier: only once verification settled the conclusion. */
  'chart.export': { states: SETTLED },
  /** More prints or candidates into an existing case (a packet, a search). */
  'case.import': { states: ['received', 'in-analysis', 'in-comparison'] },
} as const satisfies Record<string, { states: readonly CaseState[] }>;

export type OperationName = keyof typeof operations;
export const operationNames = Object.keys(operations) as OperationName[];

export function operationAllows(operation: OperationName, state: CaseState): boolean {
  return (operations[operation].states as readonly CaseState[]).includes(state);
}
