import type { Migration } from '../migration';

// Oversight records (IBIS PIA): notices of inaccurate data with their 48-hour
// clock, the flags that every later view of the affected data must show
// (annotation) or obey (block), and redress requests and privacy incidents.
export const m006Oversight: Migration = {
  version: 6,
  name: '006-oversight',
  up(db) {
    db.exec(`
      CREATE TABLE correction_notices (
        id TEXT PRIMARY KEY,
        partner_id TEXT NOT NULL REFERENCES partners(id),
        -- Who told us: the partner, or found here (by an examiner, a supervisor, an audit).
        source TEXT NOT NULL CHECK (source IN ('partner', 'internal')),
        subject_kind TEXT NOT NULL CHECK (subject_kind IN ('case', 'response', 'holding')),
        subject_id TEXT NOT NULL,
        description TEXT NOT NULL CHECK (length(description) > 0),
        noticed_at TEXT NOT NULL,
        -- The 48-hour clock starts when the notice is recorded, and is kept, not derived,
        -- so a later change of the rule never moves an existing deadline.
        due_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL REFERENCES users(id),
        action TEXT CHECK (action IN ('corrected', 'annotated', 'blocked', 'deleted')),
        resolution TEXT,
        resolved_by TEXT REFERENCES users(id),
        resolved_at TEXT,
        -- Set when data we had released was inaccurate: the partner must be told
        -- through the same approval and release path as any response.
        partner_notification_id TEXT,
        CHECK ((action IS NULL) = (resolved_at IS NULL) AND (action IS NULL) = (resolution IS NULL))
      ) STRICT;
      CREATE INDEX correction_notices_open ON correction_notices(due_at) WHERE resolved_at IS NULL;
      CREATE INDEX correction_notices_subject ON correction_notices(subject_kind, subject_id);

      -- What every later view of a case, response, holding or print shows or obeys.
      CREATE TABLE data_flags (
        id TEXT PRIMARY KEY,
        object_kind TEXT NOT NULL CHECK (object_kind IN ('case', 'response', 'holding', 'print')),
        object_id TEXT NOT NULL,
        flag TEXT NOT NULL CHECK (flag IN ('annotated', 'blocked')),
        text TEXT NOT NULL,
        notice_id TEXT REFERENCES correction_notices(id),
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX data_flags_object ON data_flags(object_kind, object_id);

      CREATE TABLE oversight_records (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('redress', 'incident')),
        category TEXT NOT NULL,
        partner_id TEXT REFERENCES partners(id),
        summary TEXT NOT NULL CHECK (length(summary) > 0),
        status TEXT NOT NULL CHECK (status IN ('open', 'investigating', 'closed')),
        outcome TEXT,
        due_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL REFERENCES users(id),
        recorded_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (status <> 'closed' OR outcome IS NOT NULL)
      ) STRICT;
      CREATE TABLE oversight_record_cases (
        record_id TEXT NOT NULL REFERENCES oversight_records(id),
        case_id TEXT NOT NULL REFERENCES cases(id),
        PRIMARY KEY (record_id, case_id)
      ) STRICT;

      -- Reports count queries by day, partner and purpose code over years of
      -- history: a covering index keeps that a scan of the index alone.
      CREATE INDEX cases_received ON cases(created_at, partner_id, purpose_code);
    `);
  },
};
