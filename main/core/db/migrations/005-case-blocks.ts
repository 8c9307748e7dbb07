import type { Migration } from '../migration';

// A case whose purpose code is outside its partner's agreement is blocked until
// a supervisor decides. The block keeps why (the purpose code and the agreed
// codes it was checked against) and, once decided, the decision with its reason
// and who made it. One row per case: a case is screened once, at intake.
export const m005CaseBlocks: Migration = {
  version: 5,
  name: '005-case-blocks',
  up(db) {
    db.exec(`
      CREATE TABLE case_blocks (
        case_id TEXT PRIMARY KEY REFERENCES cases(id),
        reason TEXT NOT NULL,
        purpose_code TEXT NOT NULL,
        -- JSON array of the purpose codes the agreement allowed when the case was screened.
        agreed_purpose_codes TEXT NOT NULL CHECK (json_valid(agreed_purpose_codes)),
        blocked_at TEXT NOT NULL,
        decision TEXT CHECK (decision IN ('admit', 'refuse')),
        decision_reason TEXT,
        decided_by TEXT REFERENCES users(id),
        decided_at TEXT,
        CHECK ((decision IS NULL) = (decided_at IS NULL) AND (decision IS NULL) = (decision_reason IS NULL))
      ) STRICT;
    `);
  },
};
