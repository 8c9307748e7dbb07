// Cases: the work on one query. Every read is scoped to the partners the caller
// is assigned, so an object outside that scope looks exactly like a missing one.
import type { Candidate, CaseDetail, CaseSummary } from '../../../preload/contract/cases';
import type { Db } from '../db/open';
import { notFound, RidgelineError } from '../errors';
import { newId, nowUtc } from '../ids';
import { toPrintSummary, type PrintRow, type PrintStore } from '../prints/prints';

export type PartnerScope = readonly string[];

export interface NewCase {
  reference: string;
  partnerId: string;
  purposeCode: string;
  foreignProvided: boolean;
}

interface CaseRow {
  id: string;
  reference: string;
  partner_id: string;
  partner_name: string;
  purpose_code: string;
  state: CaseSummary['state'];
  foreign_provided: 0 | 1;
  agreement_version: number | null;
  query_print_count: number;
  candidate_count: number;
  created_at: string;
  updated_at: string;
}

const SELECT_CASES = `
  SELECT c.id, c.reference, c.partner_id, p.name AS partner_name, c.purpose_code, c.state, c.foreign_provided, c.agreement_version,
         (SELECT count(*) FROM prints q WHERE q.case_id = c.id AND q.role = 'query') AS query_print_count,
         (SELECT count(*) FROM candidates k WHERE k.case_id = c.id) AS candidate_count,
         c.created_at, c.updated_at
  FROM cases c JOIN partners p ON p.id = c.partner_id
  WHERE c.partner_id IN (SELECT value FROM json_each(@scope))`;

type CandidateRow = PrintRow & { candidate_id: string; query_print_id: string; rank: number; score: number };

function toSummary(row: CaseRow): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    purposeCode: row.purpose_code,
    state: row.state,
    foreignProvided: row.foreign_provided === 1,
    agreementVersion: row.agreement_version,
    queryPrintCount: row.query_print_count,
    candidateCount: row.candidate_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createCaseStore(db: Db, prints: PrintStore) {
  const insert = db.prepare(`
    INSERT INTO cases (id, reference, partner_id, purpose_code, state, foreign_provided, created_at, updated_at)
    VALUES (@id, @reference, @partnerId, @purposeCode, 'received', @foreignProvided, @now, @now)`);
  const list = db.prepare(`${SELECT_CASES} ORDER BY c.updated_at DESC`);
  const one = db.prepare(`${SELECT_CASES} AND c.id = @id`);
  const insertCandidate = db.prepare(`
    INSERT INTO candidates (id, case_id, query_print_id, candidate_print_id, rank, score, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const candidatesOf = db.prepare(`
    SELECT k.id AS candidate_id, k.query_print_id, k.rank, k.score,
           p.id, p.case_id, p.role, p.label, p.finger_position, p.impression_type, p.width, p.height, p.ppi,
           p.source, p.foreign_provided, p.sha256
    FROM candidates k JOIN prints p ON p.id = k.candidate_print_id
    WHERE k.case_id = ? ORDER BY k.query_print_id, k.rank`);

  // A holding print (no case of its own) is visible through a case in scope that lists it as a candidate.
  const holdingInScope = db.prepare(`
    SELECT 1 FROM candidates k JOIN cases c ON c.id = k.case_id
    WHERE k.candidate_print_id = @printId AND c.partner_id IN (SELECT value FROM json_each(@scope)) LIMIT 1`);

  const scopeJson = (scope: PartnerScope) => JSON.stringify(scope);

  return {
    create(input: NewCase): string {
      const id = newId('c');
      insert.run({ ...input, id, foreignProvided: input.foreignProvided ? 1 : 0, now: nowUtc() });
      return id;
    },
    list: (scope: PartnerScope): CaseSummary[] => (list.all({ scope: scopeJson(scope) }) as CaseRow[]).map(toSummary),
    summary(scope: PartnerScope, id: string): CaseSummary {
      const row = one.get({ scope: scopeJson(scope), id }) as CaseRow | undefined;
      if (!row) throw notFound('Case', id);
      return toSummary(row);
    },
    get(scope: PartnerScope, id: string): CaseDetail {
      const summary = this.summary(scope, id);
      const candidates: Candidate[] = (candidatesOf.all(id) as CandidateRow[]).map((row) => ({
        id: row.candidate_id,
        caseId: id,
        queryPrintId: row.query_print_id,
        rank: row.rank,
        score: row.score,
        print: toPrintSummary(row),
      }));
      return { ...summary, queryPrints: prints.queryPrintsOfCase(id), candidates };
    },
    /** Throws not-found, exactly as for a missing print, unless the scope covers the print. */
    assertPrintInScope(scope: PartnerScope, printId: string): void {
      const print = prints.get(printId);
      if (print.caseId) {
        // Answer as for a missing print: naming the case would confirm it exists to someone outside its scope.
        try {
          this.summary(scope, print.caseId);
        } catch (error) {
          if (error instanceof RidgelineError && error.code === 'not-found') throw notFound('Print', printId);
          throw error;
        }
      } else if (!holdingInScope.get({ printId, scope: scopeJson(scope) })) {
        throw notFound('Print', printId);
      }
    },
    addCandidate(caseId: string, queryPrintId: string, candidatePrintId: string, rank: number, score: number): string {
      const candidateId = newId('k');
      insertCandidate.run(candidateId, caseId, queryPrintId, candidatePrintId, rank, score, nowUtc());
      return candidateId;
    },
  };
}
export type CaseStore = ReturnType<typeof createCaseStore>;
