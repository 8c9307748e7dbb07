import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/core/db/migrate';

const GENESIS = '0'.repeat(64);

function at3() {
  const db = new Database(':memory:');
  migrate(db, 3);
  const insert = db.prepare(`INSERT INTO audit_log (seq, at, workstation, event, outcome, objects, details, prev_hash, hash)
                             VALUES (?, '2026-01-01T00:00:00.000Z', 'ws', 'e', 'success', '[]', '{}', ?, ?)`);
  return { db, insert };
}

describe('migration 003-audit', () => {
  it('starts with an empty chain anchored at the genesis hash', () => {
    const { db } = at3();
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT seq, hash FROM audit_head').get()).toEqual({ seq: 0, hash: GENESIS });
  });

  it('refuses to update or delete audit entries', () => {
    const { db, insert } = at3();
    insert.run(1, GENESIS, 'h1');
    expect(() => db.prepare("UPDATE audit_log SET event = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('accepts entries only in sequence after the head and moves the head one step at a time', () => {
    const { db, insert } = at3();
    expect(() => insert.run(2, GENESIS, 'h')).toThrow(/in sequence/);
    insert.run(1, GENESIS, 'h1');
    db.prepare("UPDATE audit_head SET seq = 1, hash = 'h1'").run();
    expect(() => db.prepare("UPDATE audit_head SET seq = 0, hash = 'x'").run()).toThrow(/forward/);
    expect(() => db.prepare("UPDATE audit_head SET seq = 5, hash = 'x'").run()).toThrow(/forward/);
    expect(() => db.prepare('DELETE FROM audit_head').run()).toThrow(/cannot be removed/);
  });
});
