// Redress requests (an individual contests data we hold or shared) and
// suspected privacy incidents (an unauthorised query, data sent to the wrong
// recipient). Each links the affected cases and is tracked to an outcome by a
// due date; supervisors record and update them, auditors read them all.
import type { Db } from '../db/open';
import { RidgelineError, conflict, notFound } from '../errors';
import { newId } from '../ids';
import type { AuditLog } from '../audit/log';
import type { CaseActor } from '../cases/transitions';

export const recordCategories = {
  redress: ['access', 'correction', 'deletion', 'other'],
  incident: ['unauthorised-query', 'wrong-recipient', 'excess-disclosure', 'lost-or-stolen', 'other'],
} as const;

export type OversightKind = keyof typeof recordCategories;
export type OversightStatus = 'open' | 'investigating' | 'closed';

export interface OversightRecord {
  id: string;
  kind: OversightKind;
  category: string;
  partnerId: string | null;
  summary: string;
  status: OversightStatus;
  outcome: string | null;
  dueAt: string;
  recordedBy: string;
  recordedAt: string;
  updatedAt: string;
  caseIds: string[];
  overdue: boolean;
}

interface RecordRow {
  id: string;
  kind: OversightKind;
  category: string;
  partner_id: string | null;
  summary: string;
  status: OversightStatus;
  outcome: string | null;
  due_at: string;
  recorded_by: string;
  recorded_at: string;
  updated_at: string;
  case_ids: string;
}

const MAX_TEXT = 4000;

function text(value: string, what: string): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_TEXT) throw new RidgelineError('invalid-argument', `${what} needs 1 to ${MAX_TEXT} characters`);
  return trimmed;
}

// A record with no partner (an incident at this workstation) is visible to all
// supervisors and auditors; one with a partner only within that partner's scope;
// one linking cases only when every linked case is in scope.
const SELECT = `
  SELECT r.*, (SELECT json_group_array(case_id) FROM oversight_record_cases WHERE record_id = r.id) AS case_ids
  FROM oversight_records r
  WHERE (r.partner_id IS NULL OR r.partner_id IN (SELECT value FROM json_each(@scope)))
    AND NOT EXISTS (SELECT 1 FROM oversight_record_cases l JOIN cases c ON c.id = l.case_id
                    WHERE l.record_id = r.id AND c.partner_id NOT IN (SELECT value FROM json_each(@scope)))`;

const toRecord = (row: RecordRow, now: Date): OversightRecord => ({
  id: row.id,
  kind: row.kind,
  category: row.category,
  partnerId: row.partner_id,
  summary: row.summary,
  status: row.status,
  outcome: row.outcome,
  dueAt: row.due_at,
  recordedBy: row.recorded_by,
  recordedAt: row.recorded_at,
  updatedAt: row.updated_at,
  caseIds: (JSON.parse(row.case_ids) as string[]).sort(),
  overdue: row.status !== 'closed' && row.due_at < now.toISOString(),
});

export function createOversightRecords(db: Db, audit: AuditLog) {
  const insert = db.prepare(`
    INSERT INTO oversight_records (id, kind, category, partner_id, summary, status, outcome, due_at, recorded_by, recorded_at, updated_at)
    VALUES (@id, @kind, @category, @partnerId, @summary, 'open', NULL, @dueAt, @recordedBy, @at, @at)`);
  const link = db.prepare('INSERT INTO oversight_record_cases (record_id, case_id) VALUES (?, ?)');
  const caseInScope = db.prepare('SELECT partner_id FROM cases WHERE id = @id AND partner_id IN (SELECT value FROM json_each(@scope))');
  const list = db.prepare(`${SELECT} ORDER BY r.status = 'closed', r.due_at`);
  const one = db.prepare(`${SELECT} AND r.id = @id`);
  const update = db.prepare(
    "UPDATE oversight_records SET status = @status, outcome = @outcome, updated_at = @at WHERE id = @id AND status <> 'closed'",
  );

  const get = (scope: readonly string[], id: string, now: Date): OversightRecord => {
    const row = one.get({ scope: JSON.stringify(scope), id }) as RecordRow | undefined;
    if (!row) throw notFound('Record', id);
    return toRecord(row, now);
  };

  return {
    create(
      actor: CaseActor,
      input: { kind: OversightKind; category: string; partnerId: string | null; summary: string; dueAt: string; caseIds: string[] },
      now: Date = new Date(),
    ): OversightRecord {
      const summary = text(input.summary, 'A summary');
      if (!(recordCategories[input.kind] as readonly string[]).includes(input.category)) {
        throw new RidgelineError('invalid-argument', `'${input.category}' is not a ${input.kind} category`);
      }
      const due = new Date(input.dueAt);
      if (Number.isNaN(due.getTime())) throw new RidgelineError('invalid-argument', 'The due date is not a date');
      if (input.partnerId !== null && !actor.partnerIds.includes(input.partnerId)) throw notFound('Partner', input.partnerId);
      return db
        .transaction((): OversightRecord => {
          const scope = JSON.stringify(actor.partnerIds);
          for (const caseId of input.caseIds) {
            if (!caseInScope.get({ id: caseId, scope })) throw notFound('Case', caseId);
          }
          const id = newId(input.kind === 'redress' ? 'rd' : 'in');
          const at = now.toISOString();
          insert.run({ id, kind: input.kind, category: input.category, partnerId: input.partnerId, summary, dueAt: due.toISOString(), recordedBy: actor.userId, at });
          for (const caseId of new Set(input.caseIds)) link.run(id, caseId);
          audit.record({
            actor,
            event: `${input.kind}.recorded`,
            outcome: 'success',
            objects: [`${input.kind}:${id}`, ...input.caseIds.map((caseId) => `case:${caseId}`), ...(input.partnerId ? [`partner:${input.partnerId}`] : [])],
            details: { category: input.category, dueAt: due.toISOString() },
            at: now,
          });
          return get(actor.partnerIds, id, now);
        })
        .immediate();
    },

    list: (scope: readonly string[], now: Date = new Date()): OversightRecord[] =>
      (list.all({ scope: JSON.stringify(scope) }) as RecordRow[]).map((row) => toRecord(row, now)),

    get: (scope: readonly string[], id: string, now: Date = new Date()) => get(scope, id, now),

    /** Moves a record on; closing needs the outcome, and a closed record stays closed. */
    update(
      actor: CaseActor,
      input: { id: string; status: OversightStatus; outcome: string | null },
      now: Date = new Date(),
    ): OversightRecord {
      const outcome = input.outcome === null ? null : text(input.outcome, 'An outcome');
      if (input.status === 'closed' && outcome === null) throw new RidgelineError('invalid-argument', 'Closing a record needs its outcome');
      return db
        .transaction((): OversightRecord => {
          const before = get(actor.partnerIds, input.id, now);
          const changed = update.run({ id: input.id, status: input.status, outcome, at: now.toISOString() });
          if (changed.changes !== 1) throw conflict('This record is closed', { id: input.id });
          audit.record({
            actor,
            event: `${before.kind}.updated`,
            outcome: 'success',
            objects: [`${before.kind}:${before.id}`],
            details: { from: before.status, to: input.status },
            at: now,
          });
          return get(actor.partnerIds, input.id, now);
        })
        .immediate();
    },
  };
}

export type OversightRecords = ReturnType<typeof createOversightRecords>;
