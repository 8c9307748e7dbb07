import type { Migration } from '../migration';

// Partner agreements, versioned: every change by a supervisor is a new row, the
// old ones stay so a case can show the terms it was handled under
// (cases.agreement_version). The terms are JSON checked by the agreements
// service; the partner's OpenPGP public key is kept armored with its
// fingerprint. The workstation's own OpenPGP key pair: its private key is
// stored passphrase-encrypted (OpenPGP S2K) with a passphrase derived from the
// database key, inside the encrypted database, so it is never plaintext on disk.
export const m007Agreements: Migration = {
  version: 7,
  name: '007-agreements',
  up(db) {
    db.exec(`
      CREATE TABLE agreement_versions (
        partner_id TEXT NOT NULL REFERENCES partners(id),
        version INTEGER NOT NULL CHECK (version >= 1),
        purpose_codes TEXT NOT NULL CHECK (json_valid(purpose_codes)),
        releasable_elements TEXT NOT NULL CHECK (json_valid(releasable_elements)),
        caveats TEXT NOT NULL CHECK (json_valid(caveats)),
        retention TEXT NOT NULL CHECK (json_valid(retention)),
        partner_public_key TEXT,
        partner_key_fingerprint TEXT,
        comment TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT REFERENCES users(id),
        PRIMARY KEY (partner_id, version),
        CHECK ((partner_public_key IS NULL) = (partner_key_fingerprint IS NULL))
      ) STRICT;

      -- Versions are history: never edited, never removed.
      CREATE TRIGGER agreement_versions_no_update BEFORE UPDATE ON agreement_versions
        BEGIN SELECT RAISE(ABORT, 'agreement versions are immutable; add a new version'); END;
      CREATE TRIGGER agreement_versions_no_delete BEFORE DELETE ON agreement_versions
        BEGIN SELECT RAISE(ABORT, 'agreement versions are immutable'); END;

      CREATE TABLE workstation_keys (
        fingerprint TEXT PRIMARY KEY,
        public_key TEXT NOT NULL,
        encrypted_private_key TEXT NOT NULL CHECK (encrypted_private_key LIKE '-----BEGIN PGP PRIVATE KEY BLOCK-----%'),
        created_at TEXT NOT NULL,
        retired_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX workstation_keys_active ON workstation_keys((1)) WHERE retired_at IS NULL;

      ALTER TABLE cases ADD COLUMN agreement_version INTEGER;
    `);
  },
};
