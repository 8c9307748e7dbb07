import type { Migration } from '../migration';

// Local accounts: users with their roles and partners, account locks (failed
// sign-ins, export limit) with who lifted them and why, the per-day export
// ledger that the export limit counts, and the administrator's settings.
export const m002Accounts: Migration = {
  version: 2,
  name: '002-accounts',
  up(db) {
    db.exec(`
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        -- scrypt$N$r$p$salt$hash (base64): the parameters travel with the hash so they can be raised later.
        password_hash TEXT NOT NULL,
        must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
        failed_sign_ins INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        password_changed_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE user_roles (
        user_id TEXT NOT NULL REFERENCES users(id),
        role TEXT NOT NULL CHECK (role IN ('examiner', 'supervisor', 'auditor', 'administrator')),
        PRIMARY KEY (user_id, role)
      ) STRICT;

      CREATE TABLE user_partners (
        user_id TEXT NOT NULL REFERENCES users(id),
        partner_id TEXT NOT NULL REFERENCES partners(id),
        PRIMARY KEY (user_id, partner_id)
      ) STRICT;

      -- A lock stays open until an administrator lifts it with a reason.
      CREATE TABLE account_locks (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        cause TEXT NOT NULL CHECK (cause IN ('failed-sign-ins', 'export-limit')),
        details TEXT NOT NULL,
        locked_at TEXT NOT NULL,
        unlocked_at TEXT,
        unlocked_by TEXT REFERENCES users(id),
        unlock_reason TEXT,
        CHECK ((unlocked_at IS NULL) = (unlocked_by IS NULL) AND (unlocked_at IS NULL) = (unlock_reason IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX account_locks_open ON account_locks(user_id) WHERE unlocked_at IS NULL;

      -- Every export of prints or records, counted per user and UTC day.
      CREATE TABLE export_ledger (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        day TEXT NOT NULL,
        prints INTEGER NOT NULL CHECK (prints >= 0),
        records INTEGER NOT NULL CHECK (records >= 0),
        recipient TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX export_ledger_user_day ON export_ledger(user_id, day);

      CREATE TABLE account_settings (
        key TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      ) STRICT;
      INSERT INTO account_settings (key, value) VALUES
        ('inactivity-minutes', 10),
        ('max-failed-sign-ins', 5),
        ('export-limit-prints-per-day', 200),
        ('export-limit-records-per-day', 50);
    `);
  },
};
