// Notices of inaccurate data (IBIS PIA: a partner, or we, find that data
// exchanged was wrong; the data is corrected, annotated, blocked or deleted,
// "preferably within 48 hours", and nobody relies on it afterwards).
// Recording a notice starts its clock; a supervisor resolves it with one of the
// four actions, whose effect lands in the same transaction as the resolution
// and its audit entry.
import type { Db } from '../db/open';
import { RidgelineError, conflict, notFound } from '../errors';
import { newId } from '../ids';
import type { AuditLog } from '../audit/log';
import type { CaseActor } from '../cases/transitions';
import type { FlagStore, FlaggedKind } from './flags';

export const CORRECTION_WINDOW_HOURS = 48;

export type NoticeSource = 'partner' | 'internal';
export type NoticeSubject = 'case' | 'response' | 'holding';
export type CorrectionAction = 'corrected' | 'annotated' | 'blocked' | 'deleted';

export interface CorrectionNotice {
  id: string;
  partnerId: string;
  source: NoticeSource;
  subjectKind: NoticeSubject;
  subjectId: string;
  description: string;
  noticedAt: string;
  dueAt: string;
  recordedBy: string;
  action: CorrectionAction | null;
  resolution: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  overdue: boolean;
}

interface NoticeRow {
  id: string;
  partner_id: string;
  source: NoticeSource;
  subject_kind: NoticeSubject;
  subject_id: string;
  description: string;
  noticed_at: string;
  due_at: string;
  recorded_by: string;
  action: CorrectionAction | null;
  resolution: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
}

/**
 * Where the data a notice is about lives. Each kind answers the partner the
 * object belongs to (undefined when it does not exist) and, for deletion, how
 * to remove it with the proven purge of its owner.
 */
export interface NoticeSubjects {
  partnerOf(kind: NoticeSubject, id: string): string | undefined;
  delete(kind: NoticeSubject, id: string, actor: CaseActor, rule: string): void;
}

const MAX_TEXT = 4000;

function text(value: string, what: string): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_TEXT) {
    throw new RidgelineError('invalid-argument', `${what} needs 1 to ${MAX_TEXT} characters`);
  }
  return trimmed;
}

const toNotice = (row: NoticeRow, now: Date): CorrectionNotice => ({
  id: row.id,
  partnerId: row.partner_id,
  source: row.source,
  subjectKind: row.subject_kind,
  subjectId: row.subject_id,
  description: row.description,
  noticedAt: row.noticed_at,
  dueAt: row.due_at,
  recordedBy: row.recorded_by,
  action: row.action,
  resolution: row.resolution,
  resolvedBy: row.resolved_by,
  resolvedAt: row.resolved_at,
  overdue: row.resolved_at === null && row.due_at < now.toISOString(),
});

export function createCorrections(db: Db, audit: AuditLog, flags: FlagStore, subjects: NoticeSubjects) {
  const insert = db.prepare(`
    INSERT INTO correction_notices (id, partner_id, source, subject_kind, subject_id, description, noticed_at, due_at, recorded_by)
    VALUES (@id, @partnerId, @source, @subjectKind, @subjectId, @description, @noticedAt, @dueAt, @recordedBy)`);
  const one = db.prepare(
    'SELECT * FROM correction_notices WHERE id = @id AND partner_id IN (SELECT value FROM json_each(@scope))',
  );
  const inScope = db.prepare(`
    SELECT * FROM correction_notices WHERE partner_id IN (SELECT value FROM json_each(@scope))
    AND (@openOnly = 0 OR resolved_at IS NULL) AND (@overdueBefore IS NULL OR (resolved_at IS NULL AND due_at < @overdueBefore))
    ORDER BY due_at`);
  const resolve = db.prepare(`
    UPDATE correction_notices SET action = @action, resolution = @resolution, resolved_by = @resolvedBy, resolved_at = @at
    WHERE id = @id AND resolved_at IS NULL`);

  return {
    record(
      actor: CaseActor,
      input: { source: NoticeSource; subjectKind: NoticeSubject; subjectId: string; description: string },
      now: Date = new Date(),
    ): CorrectionNotice {
      const description = text(input.description, 'A notice');
      return db
        .transaction((): CorrectionNotice => {
          const partnerId = subjects.partnerOf(input.subjectKind, input.subjectId);
          // Out of scope answers exactly like missing.
          if (!partnerId || !actor.partnerIds.includes(partnerId)) throw notFound('Record', input.subjectId);
          const due = new Date(now.getTime() + CORRECTION_WINDOW_HOURS * 3600_000);
          const row = {
            id: newId('cn'),
            partnerId,
            source: input.source,
            subjectKind: input.subjectKind,
            subjectId: input.subjectId,
            description,
            noticedAt: now.toISOString(),
            dueAt: due.toISOString(),
            recordedBy: actor.userId,
          };
          insert.run(row);
          audit.record({
            actor,
            event: 'correction.recorded',
            outcome: 'success',
            objects: [`correction:${row.id}`, `${input.subjectKind}:${input.subjectId}`, `partner:${partnerId}`],
            details: { source: input.source, dueAt: row.dueAt },
            at: now,
          });
          return this.get(actor.partnerIds, row.id, now);
        })
        .immediate();
    },

    get(scope: readonly string[], id: string, now: Date = new Date()): CorrectionNotice {
      const row = one.get({ id, scope: JSON.stringify(scope) }) as NoticeRow | undefined;
      if (!row) throw notFound('Correction notice', id);
      return toNotice(row, now);
    },

    list(
      scope: readonly string[],
      filter: { openOnly?: boolean; overdueOnly?: boolean } = {},
      now: Date = new Date(),
    ): CorrectionNotice[] {
      const rows = inScope.all({
        scope: JSON.stringify(scope),
        openOnly: filter.openOnly || filter.overdueOnly ? 1 : 0,
        overdueBefore: filter.overdueOnly ? now.toISOString() : null,
      }) as NoticeRow[];
      return rows.map((row) => toNotice(row, now));
    },

    /**
     * A supervisor's resolution. The action's effect (a flag, or the purge of
     * the data) is part of the same transaction as the resolution and its entry.
     */
    resolve(
      actor: CaseActor,
      input: { noticeId: string; action: CorrectionAction; resolution: string },
      now: Date = new Date(),
    ): CorrectionNotice {
      const resolution = text(input.resolution, 'A resolution');
      return db
        .transaction((): CorrectionNotice => {
          const notice = this.get(actor.partnerIds, input.noticeId, now);
          if (notice.resolvedAt) throw conflict('This notice is already resolved', { noticeId: notice.id });
          const at = now.toISOString();
          const subject: FlaggedKind = notice.subjectKind;
          if (input.action === 'annotated' || input.action === 'corrected') {
            const prefix = input.action === 'corrected' ? 'Corrected' : 'Reported inaccurate';
            flags.add({ objectKind: subject, objectId: notice.subjectId, flag: 'annotated', text: `${prefix}: ${resolution}`, noticeId: notice.id, createdBy: actor.userId }, at);
          } else if (input.action === 'blocked') {
            flags.add({ objectKind: subject, objectId: notice.subjectId, flag: 'blocked', text: resolution, noticeId: notice.id, createdBy: actor.userId }, at);
          } else {
            subjects.delete(notice.subjectKind, notice.subjectId, actor, `correction notice ${notice.id}`);
          }
          const changed = resolve.run({ id: notice.id, action: input.action, resolution, resolvedBy: actor.userId, at });
          if (changed.changes !== 1) throw conflict('This notice is already resolved', { noticeId: notice.id });
          audit.record({
            actor,
            event: 'correction.resolved',
            outcome: 'success',
            objects: [`correction:${notice.id}`, `${notice.subjectKind}:${notice.subjectId}`, `partner:${notice.partnerId}`],
            details: { action: input.action, dueAt: notice.dueAt, late: at > notice.dueAt },
            at: now,
          });
          return this.get(actor.partnerIds, notice.id, now);
        })
        .immediate();
    },
  };
}

export type Corrections = ReturnType<typeof createCorrections>;
