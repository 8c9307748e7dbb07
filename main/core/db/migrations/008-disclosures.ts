import type { Migration } from '../migration';

// The outbound half of the exchange. A disclosure is one drafted response to a
// case (revisions when a supervisor returns it): the exact content that would
// leave and its SHA-256, what was withheld and by which rule, and a restricted
// reason only supervisors and auditors read (a protected subject's "no match").
// An approval or return is bound to the hash it was given; a release records
// what left, when and to whom; a purge records what was deleted after a "no
// match", by which rule, and the non-biometric records it kept.
export const m008Disclosures: Migration = {
  version: 8,
  name: '008-disclosures',
  up(db) {
    db.exec(`
      CREATE TABLE disclosures (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        revision INTEGER NOT NULL CHECK (revision >= 1),
        partner_id TEXT NOT NULL REFERENCES partners(id),
        agreement_version INTEGER NOT NULL,
        answer TEXT NOT NULL CHECK (answer IN ('match', 'no-match')),
        content TEXT NOT NULL,
        content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
        withheld TEXT NOT NULL,
        restricted_reason TEXT,
        status TEXT NOT NULL CHECK (status IN ('drafted', 'approved', 'returned', 'released')),
        drafted_by TEXT REFERENCES users(id),
        drafted_at TEXT NOT NULL,
        UNIQUE (case_id, revision)
      ) STRICT;
      CREATE INDEX disclosures_case ON disclosures(case_id);

      CREATE TABLE disclosure_decisions (
        id TEXT PRIMARY KEY,
        disclosure_id TEXT NOT NULL REFERENCES disclosures(id),
        decision TEXT NOT NULL CHECK (decision IN ('approved', 'returned')),
        content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
        comment TEXT NOT NULL,
        decided_by TEXT NOT NULL REFERENCES users(id),
        decided_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX disclosure_decisions_disclosure ON disclosure_decisions(disclosure_id);

      CREATE TABLE releases (
        id TEXT PRIMARY KEY,
        disclosure_id TEXT NOT NULL UNIQUE REFERENCES disclosures(id),
        case_id TEXT NOT NULL REFERENCES cases(id),
        content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
        recipient TEXT NOT NULL,
        elements TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
        file_size INTEGER NOT NULL,
        released_by TEXT NOT NULL REFERENCES users(id),
        released_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE purges (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        rule TEXT NOT NULL,
        prints TEXT NOT NULL,
        removed TEXT NOT NULL,
        kept_records TEXT NOT NULL,
        purged_by TEXT REFERENCES users(id),
        purged_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX purges_case ON purges(case_id);
    `);
  },
};
