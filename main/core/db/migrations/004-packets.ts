import type { Migration } from '../migration';

// Received packets: one row per imported transaction file, identified by its
// SHA-256 so a second import of the same bytes is recognised. Prints made from
// a packet point back at it (nullable: holdings and demo prints have none).
export const m004Packets: Migration = {
  version: 4,
  name: '004-packets',
  up(db) {
    db.exec(`
      CREATE TABLE packets (
        id TEXT PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        -- Type-1 ORI (1.008), TCN (1.009), TOT (1.004) and VER (1.002) as received.
        sender TEXT NOT NULL,
        control_number TEXT NOT NULL,
        transaction_type TEXT NOT NULL,
        version TEXT NOT NULL,
        partner_id TEXT REFERENCES partners(id),
        received_at TEXT NOT NULL,
        received_by TEXT,
        print_count INTEGER NOT NULL CHECK (print_count >= 0),
        -- JSON array of what the reader tolerated, kept for the examiner and the audit.
        warnings TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE INDEX packets_sha256 ON packets(sha256);
      CREATE INDEX packets_partner ON packets(partner_id);

      ALTER TABLE prints ADD COLUMN packet_id TEXT REFERENCES packets(id);
      CREATE INDEX prints_packet ON prints(packet_id) WHERE packet_id IS NOT NULL;
    `);
  },
};
