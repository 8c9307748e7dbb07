import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/core/db/migrate';

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migration 001-initial', () => {
  it('creates the case, print, candidate and annotation tables', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['annotations', 'candidates', 'cases', 'partners', 'prints', 'workspace_meta']));
  });

  it('keeps annotation history: superseded rows stay', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    const now = new Date().toISOString();
    db.prepare("INSERT INTO partners VALUES ('pt', 'P', 'PP', ?)").run(now);
    db.prepare(`INSERT INTO prints (id, partner_id, role, label, finger_position, impression_type, width, height, ppi, pixels, source, foreign_provided, sha256, created_at)
                VALUES ('p1', 'pt', 'holding', 'l', 1, 'plain', 1, 1, 500, x'00', 's', 0, 'h', ?)`).run(now);
    const add = db.prepare(`INSERT INTO annotations (id, print_id, kind, origin, x, y, author, created_at) VALUES (?, 'p1', 'minutia', 'examiner', 1, 2, 'u', ?)`);
    add.run('a1', now);
    add.run('a2', now);
    db.prepare("UPDATE annotations SET superseded_by = 'a2' WHERE id = 'a1'").run();
    expect((db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n).toBe(2);
  });

  it('is idempotent', () => {
    const db = new Database(':memory:');
    migrate(db);
    const version = schemaVersion(db);
    expect(migrate(db)).toBe(version);
  });
});
