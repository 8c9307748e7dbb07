import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/core/db/migrate';

const columns = (db: Database.Database, table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
const NOW = '2026-11-28T00:00:00.000Z';

function withCase(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 6);
  db.prepare("INSERT INTO partners VALUES ('pt', 'P', 'PP', ?)").run(NOW);
  db.prepare("INSERT INTO cases VALUES ('c1', 'R-1', 'pt', 'VISA', 'received', 1, ?, ?)").run(NOW, NOW);
  migrate(db, 7);
  return db;
}

const addVersion = (db: Database.Database, version: number, key: [string | null, string | null] = [null, null]) =>
  db
    .prepare(
      `INSERT INTO agreement_versions (partner_id, version, purpose_codes, releasable_elements, caveats, retention, partner_public_key, partner_key_fingerprint, comment, created_at)
       VALUES ('pt', ?, '["CRIM-INV"]', '[]', '[]', '{}', ?, ?, 'c', ?)`,
    )
    .run(version, key[0], key[1], NOW);

describe('migration 007-agreements', () => {
  it('adds agreement versions, workstation keys and the case agreement version over existing cases', () => {
    const db = withCase();
    expect(schemaVersion(db)).toBe(7);
    expect(columns(db, 'agreement_versions')).toEqual([
      'partner_id', 'version', 'purpose_codes', 'releasable_elements', 'caveats', 'retention',
      'partner_public_key', 'partner_key_fingerprint', 'comment', 'created_at', 'created_by',
    ]);
    expect(columns(db, 'workstation_keys')).toEqual(['fingerprint', 'public_key', 'encrypted_private_key', 'created_at', 'retired_at']);
    expect(db.prepare("SELECT agreement_version FROM cases WHERE id = 'c1'").get()).toEqual({ agreement_version: null });
  });

  it('keeps versions immutable: no update, no delete, no duplicate version', () => {
    const db = withCase();
    addVersion(db, 1);
    expect(() => addVersion(db, 1)).toThrow();
    expect(() => db.prepare("UPDATE agreement_versions SET purpose_codes = '[]'").run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM agreement_versions').run()).toThrow(/immutable/);
    addVersion(db, 2);
    expect(db.prepare('SELECT count(*) AS n FROM agreement_versions').get()).toEqual({ n: 2 });
  });

  it('requires JSON terms, a known partner, and a key with its fingerprint', () => {
    const db = withCase();
    expect(() => addVersion(db, 0)).toThrow();
    expect(() => addVersion(db, 1, ['key', null])).toThrow();
    expect(() =>
      db.prepare("INSERT INTO agreement_versions (partner_id, version, purpose_codes, releasable_elements, caveats, retention, comment, created_at) VALUES ('pt', 1, 'x', '[]', '[]', '{}', 'c', ?)").run(NOW),
    ).toThrow();
    expect(() =>
      db.prepare("INSERT INTO agreement_versions (partner_id, version, purpose_codes, releasable_elements, caveats, retention, comment, created_at) VALUES ('nope', 1, '[]', '[]', '[]', '{}', 'c', ?)").run(NOW),
    ).toThrow();
  });

  it('holds one active workstation key, never a plaintext private key', () => {
    const db = withCase();
    const add = db.prepare('INSERT INTO workstation_keys (fingerprint, public_key, encrypted_private_key, created_at) VALUES (?, ?, ?, ?)');
    expect(() => add.run('F0', 'pub', 'raw key bytes', NOW)).toThrow();
    add.run('F1', 'pub', '-----BEGIN PGP PRIVATE KEY BLOCK-----\n...', NOW);
    expect(() => add.run('F2', 'pub', '-----BEGIN PGP PRIVATE KEY BLOCK-----\n...', NOW)).toThrow();
    db.prepare("UPDATE workstation_keys SET retired_at = ? WHERE fingerprint = 'F1'").run(NOW);
    add.run('F2', 'pub', '-----BEGIN PGP PRIVATE KEY BLOCK-----\n...', NOW);
  });
});
