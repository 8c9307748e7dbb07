import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/core/db/migrate';

const NOW = '2026-11-28T00:00:00.000Z';
const columns = (db: Database.Database, table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

function migrated(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 9);
  db.prepare("INSERT INTO partners VALUES ('pt', 'P', 'PP', ?)").run(NOW);
  db.prepare("INSERT INTO cases (id, reference, partner_id, purpose_code, state, foreign_provided, created_at, updated_at) VALUES ('c1', 'R', 'pt', 'X', 'received', 1, ?, ?)").run(NOW, NOW);
  db.prepare("INSERT INTO cases (id, reference, partner_id, purpose_code, state, foreign_provided, created_at, updated_at) VALUES ('c2', 'R2', 'pt', 'X', 'received', 1, ?, ?)").run(NOW, NOW);
  // A packet of the old import (no case): must survive and not count for replays.
  db.prepare("INSERT INTO packets (id, file_name, sha256, size, sender, control_number, transaction_type, version, partner_id, received_at, print_count) VALUES ('old', 'f', ?, 1, 's', 'T1', 't', 'v', 'pt', ?, 0)").run('a'.repeat(64), NOW);
  migrate(db, 10);
  return db;
}

const packet = (db: Database.Database, id: string, sha: string, tcn: string, caseId: string | null) =>
  db
    .prepare("INSERT INTO packets (id, file_name, sha256, size, sender, control_number, transaction_type, version, partner_id, received_at, print_count, case_id) VALUES (?, 'f', ?, 1, 's', ?, 't', 'v', 'pt', ?, 0, ?)")
    .run(id, sha, tcn, NOW, caseId);

describe('migration 010-holdings-intake', () => {
  it('adds subjects, their elements and protected classes, templates, and intake columns on packets', () => {
    const db = migrated();
    expect(schemaVersion(db)).toBe(10);
    expect(columns(db, 'subjects')).toEqual(['id', 'reference', 'source', 'enrolled_at', 'enrolled_by']);
    expect(columns(db, 'templates')).toEqual(['print_id', 'rdlt', 'minutia_count', 'extracted_at']);
    expect(columns(db, 'prints')).toContain('subject_id');
    expect(columns(db, 'packets')).toEqual(expect.arrayContaining(['case_id', 'signer_fingerprint', 'partner_references']));
    expect(db.prepare("SELECT partner_references FROM packets WHERE id = 'old'").get()).toEqual({ partner_references: '{}' });
  });

  it('refuses a second intake of the same bytes or the same partner TCN, but not old imports', () => {
    const db = migrated();
    packet(db, 'p1', 'b'.repeat(64), 'T1', 'c1');
    expect(() => packet(db, 'p2', 'b'.repeat(64), 'T2', 'c2')).toThrow(/UNIQUE/);
    expect(() => packet(db, 'p3', 'c'.repeat(64), 'T1', 'c2')).toThrow(/UNIQUE/);
    packet(db, 'p4', 'a'.repeat(64), 'T9', 'c2');
  });

  it('knows only the protected classes of the seed', () => {
    const db = migrated();
    db.prepare("INSERT INTO subjects VALUES ('s1', 'H-1', 'f', ?, NULL)").run(NOW);
    db.prepare("INSERT INTO subject_protected_classes VALUES ('s1', 'vawa')").run();
    expect(() => db.prepare("INSERT INTO subject_protected_classes VALUES ('s1', 'vip')").run()).toThrow();
    expect(() => db.prepare("INSERT INTO subjects VALUES ('s2', 'H-1', 'f', ?, NULL)").run(NOW)).toThrow(/UNIQUE/);
  });
});
