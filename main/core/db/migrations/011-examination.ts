import type { Migration } from '../migration';

// ACE-V bookkeeping on the case. The examiner is whoever starts the analysis;
// the verifier is the second examiner who takes the verification (never the
// same person: core refuses it, the CHECK keeps the database honest too).
// An analysis is recorded per query print and phase (the examiner's, then the
// verifier's own, blind): value, quality notes and how many features were
// marked when it was recorded. Insert-only: an analysis is evidence.
export const m011Examination: Migration = {
  version: 11,
  name: '011-examination',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN examiner_id TEXT REFERENCES users(id);
      ALTER TABLE cases ADD COLUMN verifier_id TEXT REFERENCES users(id);

      CREATE TABLE analyses (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        print_id TEXT NOT NULL REFERENCES prints(id),
        phase TEXT NOT NULL CHECK (phase IN ('examination', 'verification')),
        value TEXT NOT NULL CHECK (value IN ('suitable', 'not-suitable')),
        quality_notes TEXT NOT NULL,
        feature_count INTEGER NOT NULL CHECK (feature_count >= 0),
        examiner_id TEXT NOT NULL REFERENCES users(id),
        recorded_at TEXT NOT NULL,
        UNIQUE (print_id, phase)
      ) STRICT;
      CREATE INDEX analyses_case ON analyses(case_id);
    `);
  },
};
