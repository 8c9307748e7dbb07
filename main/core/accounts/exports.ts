// The per-day export limit. Every export of prints or records goes through
// withinExportLimit(): an export that would take the user past the limit the
// administrator set is refused and the account locked, until an administrator
// unlocks it with a reason. The ledger row, the export itself and its release
// audit entry commit in one transaction.
import type { AuditActor, AuditLog } from '../audit/log';
import type { Db } from '../db/open';
import { RidgelineError } from '../errors';
import { newId } from '../ids';
import type { SettingsStore } from './settings';
import type { UserStore } from './users';

export interface ExportAmount {
  prints: number;
  records: number;
  /** Who receives the data (a partner, a file chosen by the user, ...). */
  recipient: string;
}

const utcDay = (at: Date) => at.toISOString().slice(0, 10);

export function createExportAllowance(db: Db, users: UserStore, settings: SettingsStore, audit: AuditLog, clock: () => Date = () => new Date()) {
  const usedToday = db.prepare(`
    SELECT coalesce(sum(prints), 0) AS prints, coalesce(sum(records), 0) AS records
    FROM export_ledger WHERE user_id = ? AND day = ?`);
  const charge = db.prepare('INSERT INTO export_ledger (id, user_id, day, prints, records, recipient, at) VALUES (?, ?, ?, ?, ?, ?, ?)');

  const used = (userId: string, at: Date) => usedToday.get(userId, utcDay(at)) as { prints: number; records: number };

  return {
    used: (userId: string): { prints: number; records: number } => used(userId, clock()),

    /**
     * Runs `exportFn` (synchronous, inside the transaction) when the amount fits
     * in today's allowance; otherwise locks the account and throws account-locked.
     */
    withinExportLimit<T>(actor: AuditActor, amount: ExportAmount, exportFn: () => T): T {
      // The lock must commit even though the export is refused: inside a caller's transaction it would roll back.
      if (db.inTransaction) throw new RidgelineError('internal', 'withinExportLimit opens its own transactions; call it outside one');
      const userId = actor.userId;
      if (!userId) throw new RidgelineError('unauthenticated', 'Exports need a signed-in user');
      if (!Number.isInteger(amount.prints) || !Number.isInteger(amount.records) || amount.prints < 0 || amount.records < 0) {
        throw new RidgelineError('invalid-argument', 'Export amounts are whole numbers');
      }
      const at = clock();
      const verdict = db.transaction(() => {
        const user = users.get(userId);
        if (user.lock) return { over: true as const, already: true };
        const today = used(userId, at);
        const limits = { prints: settings.get('exportLimitPrintsPerDay'), records: settings.get('exportLimitRecordsPerDay') };
        const wouldBe = { prints: today.prints + amount.prints, records: today.records + amount.records };
        if (wouldBe.prints <= limits.prints && wouldBe.records <= limits.records) return { over: false as const };
        // The lock commits on its own: the refused export never happens, the lock must stay.
        const details = { day: utcDay(at), used: today, requested: { prints: amount.prints, records: amount.records }, limits };
        users.lock(userId, 'export-limit', details, at.toISOString());
        audit.record({ actor, event: 'export.refused', outcome: 'denied', objects: [`user:${userId}`], details: { ...details, recipient: amount.recipient } });
        audit.record({ actor, event: 'account.locked', outcome: 'success', objects: [`user:${userId}`], details: { cause: 'export-limit', ...details } });
        return { over: true as const, already: false };
      }).immediate();
      if (verdict.over) {
        throw new RidgelineError('account-locked', 'The daily export limit is reached: this account is locked until an administrator unlocks it', { cause: 'export-limit' });
      }
      return db.transaction(() => {
        charge.run(newId('x'), userId, utcDay(at), amount.prints, amount.records, amount.recipient, at.toISOString());
        return exportFn();
      }).immediate();
    },
  };
}
export type ExportAllowance = ReturnType<typeof createExportAllowance>;
