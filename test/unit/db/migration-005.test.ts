import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/core/db/migrate';

const columns = (db: Database.Database, table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

function withCase(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 4);
  const now = '2026-11-23T00:00:00.000Z';
  db.prepare("INSERT INTO partners VALUES ('pt', 'P', 'PP', ?)").run(now);
  db.prepare("INSERT INTO cases VALUES ('c1', 'R-1', 'pt', 'VISA', 'received', 1, ?, ?)").run(now, now);
  migrate(db, 5);
  return db;
}

const block = (db: Database.Database, caseId = 'c1') =>
  db
    .prepare("INSERT INTO case_blocks (case_id, reason, purpose_code, agreed_purpose_codes, blocked_at) VALUES (?, 'outside', 'VISA', '[\"CRIM-INV\"]', 'now')")
    .run(caseId);

describe('migration 005-case-blocks', () => {
  it('adds the case_blocks table over existing cases', () => {
    const db = withCase();
    expect(schemaVersion(db)).toBe(5);
    expect(columns(db, 'case_blocks')).toEqual([
      'case_id', 'reason', 'purpose_code', 'agreed_purpose_codes', 'blocked_at', 'decision', 'decision_reason', 'decided_by', 'decided_at',
    ]);
    expect(db.prepare("SELECT state FROM cases WHERE id = 'c1'").get()).toEqual({ state: 'received' });
  });

  it('references an existing case, once', () => {
    const db = withCase();
    expect(() => block(db, 'missing')).toThrow();
    block(db);
    expect(() => block(db)).toThrow();
  });

  it('keeps a decision whole: decision, reason and time together, and only admit or refuse', () => {
    const db = withCase();
    block(db);
    const decide = db.prepare("UPDATE case_blocks SET decision = ?, decision_reason = ?, decided_at = ? WHERE case_id = 'c1'");
    expect(() => decide.run('admit', null, 'now')).toThrow();
    expect(() => decide.run('admit', 'ok', null)).toThrow();
    expect(() => decide.run('maybe', 'ok', 'now')).toThrow();
    decide.run('refuse', 'not our business', 'now');
    expect(db.prepare("SELECT decision FROM case_blocks WHERE case_id = 'c1'").get()).toEqual({ decision: 'refuse' });
  });

  it('rejects agreed purpose codes that are not JSON', () => {
    const db = withCase();
    expect(() =>
      db.prepare("INSERT INTO case_blocks (case_id, reason, purpose_code, agreed_purpose_codes, blocked_at) VALUES ('c1', 'r', 'VISA', 'CRIM-INV', 'now')").run(),
    ).toThrow();
  });
});
