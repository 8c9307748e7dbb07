import type { Migration } from '../migration';

// Holdings and packet intake.
// Holdings: enrolled subjects with their data elements (Appendix A ids) and
// protected classes; holding prints point at their subject. Templates: the
// matcher's minutiae of a print (RDLT bytes), for the 1:N gallery and so that
// a purge can find everything derived from a query print.
// Intake: a packet now belongs to the case it created, records who signed it
// and the partner's references; one TCN per partner and one packet hash per
// workstation, enforced by the database so a replay can never slip in.
export const m010HoldingsIntake: Migration = {
  version: 10,
  name: '010-holdings-intake',
  up(db) {
    db.exec(`
      CREATE TABLE subjects (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        enrolled_at TEXT NOT NULL,
        enrolled_by TEXT REFERENCES users(id)
      ) STRICT;

      CREATE TABLE subject_elements (
        subject_id TEXT NOT NULL REFERENCES subjects(id),
        element TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (subject_id, element)
      ) STRICT;

      CREATE TABLE subject_protected_classes (
        subject_id TEXT NOT NULL REFERENCES subjects(id),
        class TEXT NOT NULL CHECK (class IN ('vawa', 't-visa', 'u-visa', 'asylum', 'refugee', 'tps', 'legalization')),
        PRIMARY KEY (subject_id, class)
      ) STRICT;

      ALTER TABLE prints ADD COLUMN subject_id TEXT REFERENCES subjects(id);
      CREATE INDEX prints_subject ON prints(subject_id) WHERE subject_id IS NOT NULL;

      CREATE TABLE templates (
        print_id TEXT PRIMARY KEY REFERENCES prints(id),
        rdlt BLOB NOT NULL,
        minutia_count INTEGER NOT NULL CHECK (minutia_count >= 0),
        extracted_at TEXT NOT NULL
      ) STRICT;

      ALTER TABLE packets ADD COLUMN case_id TEXT REFERENCES cases(id);
      ALTER TABLE packets ADD COLUMN signer_fingerprint TEXT;
      ALTER TABLE packets ADD COLUMN partner_references TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(partner_references));
      CREATE UNIQUE INDEX packets_intake_hash ON packets(sha256) WHERE case_id IS NOT NULL;
      CREATE UNIQUE INDEX packets_intake_tcn ON packets(partner_id, control_number) WHERE case_id IS NOT NULL;
    `);
  },
};
