import type { Migration } from '../migration';

// The audit trail: append-only rows, each hash-chained to the previous one, and
// a one-row anchor holding the chain head (seq + hash) so that deleting the
// newest entries is detectable too. Triggers refuse UPDATE and DELETE of
// entries and any move of the head backwards; they are defence in depth (whoever
// holds the database key can drop them), the hash chain is the actual evidence.
export const m003Audit: Migration = {
  version: 3,
  name: '003-audit',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY CHECK (seq >= 1),
        at TEXT NOT NULL,
        workstation TEXT NOT NULL,
        user_id TEXT,
        username TEXT,
        event TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('success', 'denied', 'error')),
        objects TEXT NOT NULL,
        details TEXT NOT NULL,
        release TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_user ON audit_log(user_id);
      CREATE INDEX audit_log_event ON audit_log(event);
      CREATE INDEX audit_log_at ON audit_log(at);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;

      CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '${'0'.repeat(64)}');

      -- Entries arrive in order: the next one is head + 1, and the head moves one step at a time.
      CREATE TRIGGER audit_log_in_order BEFORE INSERT ON audit_log
        WHEN NEW.seq <> (SELECT seq FROM audit_head WHERE id = 1) + 1
        BEGIN SELECT RAISE(ABORT, 'audit entries are appended in sequence'); END;
      CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
        WHEN NEW.seq <> OLD.seq + 1 OR NEW.id <> OLD.id
        BEGIN SELECT RAISE(ABORT, 'the audit chain head only moves forward'); END;
      CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
        BEGIN SELECT RAISE(ABORT, 'the audit chain head cannot be removed'); END;
    `);
  },
};
