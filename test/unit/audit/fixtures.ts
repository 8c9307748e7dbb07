// An audit trail with a few entries, and the tools an insider holding the
// database key would use to tamper with it (the triggers dropped first).
import { createHash } from 'node:crypto';
import { rowToEntry, type AuditLog, type AuditRow } from '../../../main/core/audit/log';
import { entryHash } from '../../../main/core/audit/entry';
import type { Db } from '../../../main/core/db/open';
import { createTestWorkspace } from '../../helpers/workspace';

export const actor = { userId: 'u_1', username: 'alice', workstation: 'ws-1' };

export function trailWith(count: number): { db: Db; audit: AuditLog } {
  const { ws } = createTestWorkspace();
  let t = Date.parse('2026-11-20T08:00:00.000Z');
  for (let i = 1; i <= count; i++) {
    ws.audit.record({
      actor: i % 2 ? actor : { ...actor, userId: 'u_2', username: 'bob' },
      event: i % 3 ? 'case.read' : 'release.sent',
      outcome: 'success',
      objects: [`case:c_${i}`],
      details: { n: i },
      ...(i % 3 ? {} : { release: { recipient: 'Partner A', elements: ['match', 'fingerprint-class'], date: '2026-11-20' } }),
      at: new Date((t += 3_600_000)),
    });
  }
  return { db: ws.db, audit: ws.audit };
}

export function dropGuards(db: Db): void {
  for (const trigger of ['audit_log_no_update', 'audit_log_no_delete', 'audit_log_in_order', 'audit_head_forward_only', 'audit_head_no_delete']) {
    db.exec(`DROP TRIGGER IF EXISTS ${trigger}`);
  }
}

type Row = AuditRow;

export const rowAt = (db: Db, seq: number) => db.prepare('SELECT * FROM audit_log WHERE seq = ?').get(seq) as Row;

/** The hash a forger would compute for a row they write. */
export function sealRow(row: Omit<Row, 'hash'>): Row {
  const { hash: _unsealed, ...entry } = rowToEntry({ ...row, hash: '' });
  const hash = entryHash(entry);
  return { ...row, hash };
}

export function insertRow(db: Db, row: Row): void {
  db.prepare(`INSERT INTO audit_log VALUES (@seq, @at, @workstation, @user_id, @username, @event, @outcome, @objects, @details, @release, @prev_hash, @hash)`).run(row);
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
