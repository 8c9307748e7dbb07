import type { Migration } from '../migration';

// Partners, cases, prints (query prints of a case, and local holdings),
// candidates and annotations. Pixels live only inside the encrypted database.
export const m001Initial: Migration = {
  version: 1,
  name: '001-initial',
  up(db) {
    db.exec(`
      CREATE TABLE workspace_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE partners (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        country TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL,
        partner_id TEXT NOT NULL REFERENCES partners(id),
        purpose_code TEXT NOT NULL,
        state TEXT NOT NULL,
        foreign_provided INTEGER NOT NULL CHECK (foreign_provided IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX cases_partner ON cases(partner_id);

      CREATE TABLE prints (
        id TEXT PRIMARY KEY,
        case_id TEXT REFERENCES cases(id),
        partner_id TEXT REFERENCES partners(id),
        role TEXT NOT NULL CHECK (role IN ('query', 'holding')),
        label TEXT NOT NULL,
        finger_position INTEGER NOT NULL,
        impression_type TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        ppi REAL NOT NULL,
        pixels BLOB NOT NULL,
        source TEXT NOT NULL,
        foreign_provided INTEGER NOT NULL CHECK (foreign_provided IN (0, 1)),
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX prints_case ON prints(case_id);

      CREATE TABLE candidates (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        query_print_id TEXT NOT NULL REFERENCES prints(id),
        candidate_print_id TEXT NOT NULL REFERENCES prints(id),
        rank INTEGER NOT NULL,
        score REAL NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (query_print_id, candidate_print_id)
      ) STRICT;

      CREATE TABLE annotations (
        id TEXT PRIMARY KEY,
        print_id TEXT NOT NULL REFERENCES prints(id),
        kind TEXT NOT NULL CHECK (kind IN ('minutia', 'core', 'delta')),
        origin TEXT NOT NULL CHECK (origin IN ('matcher', 'examiner', 'ground-truth')),
        x REAL NOT NULL,
        y REAL NOT NULL,
        direction REAL,
        minutia_type TEXT CHECK (minutia_type IN ('ending', 'bifurcation', 'unknown')),
        quality REAL,
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        -- Edits supersede, never overwrite: the old row points at its successor.
        superseded_by TEXT REFERENCES annotations(id)
      ) STRICT;
      CREATE INDEX annotations_print ON annotations(print_id) WHERE superseded_by IS NULL;
    `);
  },
};
