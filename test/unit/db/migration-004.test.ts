import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/core/db/migrate';

const columns = (db: Database.Database, table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

function insertPacket(db: Database.Database, id: string, sha = 'a'.repeat(64)) {
  db.prepare(`INSERT INTO packets (id, file_name, sha256, size, sender, control_number, transaction_type, version, partner_id, received_at, print_count)
              VALUES (?, 'f.an2', ?, 10, 'ORI', 'TCN', 'CAR', '0400', NULL, '2026-11-23T00:00:00Z', 0)`).run(id, sha);
}

describe('migration 004-packets', () => {
  it('adds the packets table and a nullable packet reference on prints', () => {
    const db = new Database(':memory:');
    migrate(db, 4);
    expect(schemaVersion(db)).toBe(4);
    expect(columns(db, 'packets')).toEqual(expect.arrayContaining(['id', 'file_name', 'sha256', 'size', 'sender', 'partner_id', 'received_at', 'warnings']));
    expect(columns(db, 'prints')).toContain('packet_id');
  });

  it('keeps prints that existed before, with no packet', () => {
    const db = new Database(':memory:');
    migrate(db, 3);
    const now = new Date().toISOString();
    db.prepare("INSERT INTO partners VALUES ('pt', 'P', 'PP', ?)").run(now);
    db.prepare(`INSERT INTO prints (id, partner_id, role, label, finger_position, impression_type, width, height, ppi, pixels, source, foreign_provided, sha256, created_at)
                VALUES ('p1', 'pt', 'holding', 'l', 1, 'plain', 1, 1, 500, x'00', 's', 0, 'h', ?)`).run(now);
    migrate(db, 4);
    expect(db.prepare("SELECT packet_id FROM prints WHERE id = 'p1'").get()).toEqual({ packet_id: null });
  });

  it('rejects a malformed hash and references packets from prints', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 4);
    expect(() => insertPacket(db, 'k1', 'short')).toThrow();
    insertPacket(db, 'k1');
    const now = new Date().toISOString();
    const add = db.prepare(`INSERT INTO prints (id, role, label, finger_position, impression_type, width, height, ppi, pixels, source, foreign_provided, sha256, created_at, packet_id)
                VALUES (?, 'query', 'l', 1, 'plain', 1, 1, 500, x'00', 's', 1, 'h', ?, ?)`);
    add.run('p1', now, 'k1');
    expect(() => add.run('p2', now, 'missing')).toThrow();
  });

  it('is idempotent', () => {
    const db = new Database(':memory:');
    migrate(db, 4);
    expect(migrate(db, 4)).toBe(4);
  });
});
