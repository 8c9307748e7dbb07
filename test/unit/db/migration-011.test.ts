import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/core/db/migrate';

const columns = (db: Database.Database, table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

function withCase(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 9);
  const now = '2026-11-23T00:00:00.000Z';
  db.prepare("INSERT INTO partners VALUES ('pt', 'P', 'PP', ?)").run(now);
  db.prepare("INSERT INTO cases (id, reference, partner_id, purpose_code, state, foreign_provided, created_at, updated_at) VALUES ('c1', 'R-1', 'pt', 'VISA', 'in-comparison', 1, ?, ?)").run(now, now);
  db.prepare("INSERT INTO prints (id, case_id, partner_id, role, label, finger_position, impression_type, width, height, ppi, pixels, source, foreign_provided, sha256, created_at) VALUES ('p1', 'c1', 'pt', 'query', 'q', 2, 'plain', 1, 1, 500, x'00', 's', 1, 'h', ?)").run(now);
  db.prepare("INSERT INTO users (id, username, display_name, password_hash, created_at, password_changed_at) VALUES ('u1', 'e', 'E', 'x', ?, ?)").run(now, now);
  migrate(db, 11);
  return db;
}

const analyse = (db: Database.Database, id: string, phase = 'examination', value = 'suitable') =>
  db.prepare("INSERT INTO analyses VALUES (?, 'c1', 'p1', ?, ?, 'notes', 12, 'u1', 'now')").run(id, phase, value);

describe('migration 011-examination', () => {
  it('adds the examiner and verifier of a case, keeping existing cases', () => {
    const db = withCase();
    expect(schemaVersion(db)).toBe(11);
    expect(columns(db, 'cases')).toEqual(expect.arrayContaining(['examiner_id', 'verifier_id']));
    expect(db.prepare("SELECT state, examiner_id FROM cases WHERE id = 'c1'").get()).toEqual({ state: 'in-comparison', examiner_id: null });
    expect(() => db.prepare("UPDATE cases SET examiner_id = 'u_missing'").run()).toThrow();
  });

  it('keeps one analysis per print and phase, with a known value', () => {
    const db = withCase();
    analyse(db, 'a1');
    expect(() => analyse(db, 'a2')).toThrow();
    analyse(db, 'a3', 'verification', 'not-suitable');
    expect(() => analyse(db, 'a4', 'verification', 'maybe')).toThrow();
    expect(() => analyse(db, 'a5', 'review')).toThrow();
    expect(columns(db, 'analyses')).toEqual(['id', 'case_id', 'print_id', 'phase', 'value', 'quality_notes', 'feature_count', 'examiner_id', 'recorded_at']);
  });
});
