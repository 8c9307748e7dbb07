// Access to a case's prints and candidates, by operation: the partner scope
// (outside it, an object answers exactly like a missing one), the lifecycle's
// allow-list of states (lifecycle.ts) and, for candidates, the rule that no
// candidate is shown or compared before the query print's analysis says it is
// suitable. Every exit (API reads, exports, the print-image protocol, the
// matcher's proposals) asks here; nothing is checked at one call site only.
import type { CaseSummary } from '../../../preload/contract/cases';
import { conflict, notFound, RidgelineError } from '../errors';
import type { Workspace } from '../workspace';
import { operationAllows, type OperationName } from './lifecycle';
import { assertOperation } from './transitions';

type Scope = readonly string[];

export interface CandidateRef {
  candidateId: string;
  caseId: string;
  queryPrintId: string;
  candidatePrintId: string;
  case: CaseSummary;
}

/** Operations on a candidate; each also needs the query print's analysis to say "suitable". */
export type CandidateOperation = Extract<OperationName, 'candidates.view' | 'correspondences.edit' | 'conclusion.record' | 'verification.record' | 'chart.export'>;

/** The examiner's analysis value of a query print, or null before it is recorded. */
export function analysisValue(ws: Workspace, printId: string): 'suitable' | 'not-suitable' | null {
  const row = ws.db.prepare("SELECT value FROM analyses WHERE print_id = ? AND phase = 'examination'").get(printId) as { value: 'suitable' | 'not-suitable' } | undefined;
  return row?.value ?? null;
}

function requireSuitable(ws: Workspace, ref: { caseId: string; queryPrintId: string }): void {
  const value = analysisValue(ws, ref.queryPrintId);
  if (value === null) {
    throw conflict('Record the analysis of the query print first: candidates are not shown or compared before it', { caseId: ref.caseId, printId: ref.queryPrintId, rule: 'analysis-first' });
  }
  if (value === 'not-suitable') {
    throw conflict('The query print was analysed as not suitable: its examination has ended', { caseId: ref.caseId, printId: ref.queryPrintId, rule: 'not-suitable' });
  }
}

/** A candidate in scope, if `operation` is allowed on it now. */
export function candidateAccess(ws: Workspace, scope: Scope, candidateId: string, operation: CandidateOperation): CandidateRef {
  const row = ws.db.prepare('SELECT case_id, query_print_id, candidate_print_id FROM candidates WHERE id = ?').get(candidateId) as
    | { case_id: string; query_print_id: string; candidate_print_id: string }
    | undefined;
  if (!row) throw notFound('Candidate', candidateId);
  let summary: CaseSummary;
  try {
    summary = assertOperation(ws, scope, row.case_id, operation);
  } catch (error) {
    // The candidate, not its case, is what was asked for: same answer as a missing candidate.
    if (error instanceof RidgelineError && error.code === 'not-found') throw notFound('Candidate', candidateId);
    throw error;
  }
  const ref = { candidateId, caseId: row.case_id, queryPrintId: row.query_print_id, candidatePrintId: row.candidate_print_id, case: summary };
  requireSuitable(ws, ref);
  return ref;
}

/**
 * A print in scope, if `operation` is allowed on it now: a query print through
 * its own case; a holding print through a case in scope that lists it as a
 * candidate and allows the matching candidate operation.
 */
export function printAccess(ws: Workspace, scope: Scope, printId: string, operation: 'view' | 'export' | 'markup'): { caseId: string; case: CaseSummary } {
  const print = ws.db.prepare('SELECT case_id FROM prints WHERE id = ?').get(printId) as { case_id: string | null } | undefined;
  if (!print) throw notFound('Print', printId);
  const caseOperation: OperationName = operation === 'view' ? 'prints.view' : operation === 'export' ? 'prints.export' : 'markup.edit';
  if (print.case_id) {
    try {
      return { caseId: print.case_id, case: assertOperation(ws, scope, print.case_id, caseOperation) };
    } catch (error) {
      if (error instanceof RidgelineError && error.code === 'not-found') throw notFound('Print', printId);
      throw error;
    }
  }
  // A holding print: visible through any case in scope that lists it and has reached comparison.
  const listing = ws.db
    .prepare(
      `SELECT k.id FROM candidates k JOIN cases c ON c.id = k.case_id
       WHERE k.candidate_print_id = ? AND c.partner_id IN (SELECT value FROM json_each(?)) ORDER BY k.created_at`,
    )
    .all(printId, JSON.stringify(scope)) as { id: string }[];
  if (listing.length === 0) throw notFound('Print', printId);
  let refusal: unknown = null;
  for (const { id } of listing) {
    try {
      const ref = candidateAccess(ws, scope, id, 'candidates.view');
      if (operationAllows(caseOperation, ref.case.state)) return { caseId: ref.caseId, case: ref.case };
      refusal = conflict(`${caseOperation} is not allowed while the case is ${ref.case.state}`, { caseId: ref.caseId, operation: caseOperation, state: ref.case.state });
    } catch (error) {
      refusal = error;
    }
  }
  throw refusal;
}
