import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/core/db/migrate';

function upgraded(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 5);
  const now = '2026-11-23T00:00:00.000Z';
  db.prepare("INSERT INTO partners VALUES ('pt', 'P', 'PP', ?)").run(now);
  db.prepare("INSERT INTO cases VALUES ('c1', 'R-1', 'pt', 'VISA', 'received', 1, ?, ?)").run(now, now);
  db.prepare("INSERT INTO users (id, username, display_name, password_hash, created_at, password_changed_at) VALUES ('u1', 'sup', 'S', 'x', ?, ?)").run(now, now);
  migrate(db, 6);
  return db;
}

const notice = (db: Database.Database, extra = '') =>
  db
    .prepare(
      `INSERT INTO correction_notices (id, partner_id, source, subject_kind, subject_id, description, noticed_at, due_at, recorded_by${extra ? ', action, resolution, resolved_at' : ''})
       VALUES ('n1', 'pt', 'partner', 'case', 'c1', 'wrong', 'a', 'b', 'u1'${extra})`,
    )
    .run();

describe('migration 006-oversight', () => {
  it('adds notices, flags and records over an existing workspace, and the received-cases index', () => {
    const db = upgraded();
    expect(schemaVersion(db)).toBe(6);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['correction_notices', 'data_flags', 'oversight_records', 'oversight_record_cases']));
    const index = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'cases_received'").get() as { sql: string };
    expect(index.sql).toContain('cases(created_at, partner_id, purpose_code)');
  });

  it('keeps a resolution whole: action, text and time together', () => {
    const db = upgraded();
    expect(() => notice(db, ", 'blocked', NULL, 'now'")).toThrow();
    notice(db, ", 'blocked', 'identity in doubt', 'now'");
    expect(db.prepare('SELECT action FROM correction_notices').get()).toEqual({ action: 'blocked' });
  });

  it('refuses a closed record without its outcome, and unknown flag types', () => {
    const db = upgraded();
    expect(() =>
      db.prepare("INSERT INTO oversight_records VALUES ('r1', 'incident', 'other', NULL, 's', 'closed', NULL, 'd', 'u1', 'a', 'a')").run(),
    ).toThrow();
    expect(() => db.prepare("INSERT INTO data_flags VALUES ('f1', 'case', 'c1', 'hidden', 't', NULL, 'u1', 'a')").run()).toThrow();
  });
});
