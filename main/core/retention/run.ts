// The retention run: every case past its retention date is purged with the
// proven purge (secure_delete, WAL truncated), each in its own transaction with
// its audit entry, and the run itself is audited with what it did. It runs on
// start and daily in the app, and from `ridgeline retention run`. A dry run
// lists what would go and changes nothing.
import type { AuditActor, AuditLog } from '../audit/log';
import type { Db } from '../db/open';
import { expiredCases, type ExpiredCase } from './expiry';
import { purgeQueryPrints } from './purge';

export interface RetentionRun {
  at: string;
  dryRun: boolean;
  expired: ExpiredCase[];
  purged: { caseId: string; purgeId: string; prints: number }[];
  failed: { caseId: string; message: string }[];
}

/** The actor of scheduled runs: the workstation itself, on the agreements' authority. */
export const retentionActor = (workstation: string): AuditActor => ({ userId: null, username: 'retention schedule', workstation });

export function runRetention(
  db: Db,
  audit: AuditLog,
  actor: AuditActor,
  // The scheduled daily run does not fill the trail with "nothing expired"; each purge is audited regardless.
  options: { dryRun?: boolean; now?: Date; auditWhenNothingExpired?: boolean } = {},
): RetentionRun {
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  const expired = expiredCases(db, now);
  const purged: RetentionRun['purged'] = [];
  const failed: RetentionRun['failed'] = [];
  if (!dryRun) {
    for (const item of expired) {
      try {
        const result = purgeQueryPrints(db, audit, { caseId: item.caseId, rule: item.rule, actor });
        // A released case whose prints are gone is purged (the lifecycle's end state before closing).
        db.prepare("UPDATE cases SET state = 'purged', updated_at = ? WHERE id = ? AND state = 'released'").run(result.purgedAt, item.caseId);
        purged.push({ caseId: item.caseId, purgeId: result.purgeId, prints: result.prints.length });
      } catch (error) {
        // One case that cannot be purged now (a reader holding the WAL) must not stop the others; it is retried next run.
        failed.push({ caseId: item.caseId, message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  if (expired.length === 0 && options.auditWhenNothingExpired === false) return { at: now.toISOString(), dryRun, expired, purged, failed };
  audit.record({
    actor,
    event: dryRun ? 'retention.checked' : 'retention.ran',
    outcome: failed.length ? 'error' : 'success',
    objects: expired.map((item) => `case:${item.caseId}`),
    details: { dryRun, expired: expired.length, purged: purged.length, failed },
    at: now,
  });
  return { at: now.toISOString(), dryRun, expired, purged, failed };
}

/** Runs retention now and then every `intervalMs` (a day by default); returns the stop function. */
export function scheduleRetention(run: () => void, intervalMs = 86_400_000): () => void {
  const safe = () => {
    try {
      run();
    } catch (error) {
      console.error('[ridgeline retention] run failed', error);
    }
  };
  safe();
  const timer = setInterval(safe, intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
