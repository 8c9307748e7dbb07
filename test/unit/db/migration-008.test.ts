import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/core/db/migrate';

const columns = (db: Database.Database, table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
const hash = 'a'.repeat(64);

function withCase(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 7);
  const now = '2026-11-23T00:00:00.000Z';
  db.prepare("INSERT INTO partners VALUES ('pt', 'P', 'PP', ?)").run(now);
  db.prepare("INSERT INTO cases (id, reference, partner_id, purpose_code, state, foreign_provided, created_at, updated_at) VALUES ('c1', 'R-1', 'pt', 'VISA', 'verified', 1, ?, ?)").run(now, now);
  db.prepare("INSERT INTO users (id, username, display_name, password_hash, created_at, password_changed_at) VALUES ('u1', 'sup', 'Sup', 'x', ?, ?)").run(now, now);
  migrate(db, 8);
  return db;
}

const draft = (db: Database.Database, revision = 1, answer = 'no-match') =>
  db
    .prepare(
      `INSERT INTO disclosures (id, case_id, revision, partner_id, agreement_version, answer, content, content_sha256, withheld, status, drafted_at)
       VALUES (?, 'c1', ?, 'pt', 1, ?, '{}', ?, '[]', 'drafted', 'now')`,
    )
    .run(`d${revision}`, revision, answer, hash);

describe('migration 008-disclosures', () => {
  it('adds disclosures, their decisions, releases and purges', () => {
    const db = withCase();
    expect(schemaVersion(db)).toBe(8);
    expect(columns(db, 'disclosures')).toContain('restricted_reason');
    expect(columns(db, 'disclosure_decisions')).toEqual(['id', 'disclosure_id', 'decision', 'content_sha256', 'comment', 'decided_by', 'decided_at']);
    expect(columns(db, 'releases')).toContain('elements');
    expect(columns(db, 'purges')).toEqual(['id', 'case_id', 'rule', 'prints', 'removed', 'kept_records', 'purged_by', 'purged_at']);
  });

  it('keeps revisions unique per case and answers to match or no-match', () => {
    const db = withCase();
    draft(db);
    expect(() => draft(db)).toThrow();
    expect(() => draft(db, 2, 'maybe')).toThrow();
    draft(db, 2, 'match');
  });

  it('binds a decision and a release to an existing disclosure and a full SHA-256', () => {
    const db = withCase();
    draft(db);
    const decide = (disclosure: string, sha: string) =>
      db.prepare("INSERT INTO disclosure_decisions VALUES (?, ?, 'approved', ?, '', 'u1', 'now')").run(`x${Math.random()}`, disclosure, sha);
    expect(() => decide('missing', hash)).toThrow();
    expect(() => decide('d1', 'short')).toThrow();
    decide('d1', hash);
    const release = () =>
      db.prepare("INSERT INTO releases VALUES (?, 'd1', 'c1', ?, 'P', '[]', 'f', ?, 1, 'u1', 'now')").run(`r${Math.random()}`, hash, hash);
    release();
    expect(release).toThrow(); // one release per disclosure
  });
});
