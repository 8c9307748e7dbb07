import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/core/db/migrate';

function at2() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 2);
  const now = new Date().toISOString();
  db.prepare(`INSERT INTO users (id, username, display_name, password_hash, created_at, password_changed_at)
              VALUES ('u1', 'Alice', 'Alice A', 'scrypt$x', ?, ?)`).run(now, now);
  return { db, now };
}

describe('migration 002-accounts', () => {
  it('creates users, roles, partners, locks, the export ledger and settings with defaults', () => {
    const { db } = at2();
    expect(schemaVersion(db)).toBe(2);
    const settings = Object.fromEntries(
      (db.prepare('SELECT key, value FROM account_settings').all() as { key: string; value: number }[]).map((r) => [r.key, r.value]),
    );
    expect(settings['inactivity-minutes']).toBe(10);
    expect(settings['max-failed-sign-ins']).toBe(5);
  });

  it('treats usernames case-insensitively and rejects unknown roles', () => {
    const { db, now } = at2();
    expect(() =>
      db.prepare(`INSERT INTO users (id, username, display_name, password_hash, created_at, password_changed_at)
                  VALUES ('u2', 'alice', 'x', 'h', ?, ?)`).run(now, now),
    ).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO user_roles VALUES ('u1', 'root')").run()).toThrow(/CHECK/);
  });

  it('allows one open lock per user and needs who/when/why together to close it', () => {
    const { db, now } = at2();
    const lock = db.prepare(`INSERT INTO account_locks (id, user_id, cause, details, locked_at) VALUES (?, 'u1', 'export-limit', '{}', ?)`);
    lock.run('l1', now);
    expect(() => lock.run('l2', now)).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE account_locks SET unlocked_at = ? WHERE id = 'l1'").run(now)).toThrow(/CHECK/);
    db.prepare("UPDATE account_locks SET unlocked_at = ?, unlocked_by = 'u1', unlock_reason = 'ok' WHERE id = 'l1'").run(now);
    lock.run('l2', now);
  });
});
