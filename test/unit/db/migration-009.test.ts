import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/core/db/migrate';

describe('migration 009-report-indexes', () => {
  it('indexes the time columns the reports count by, and the reports use them', () => {
    const db = new Database(':memory:');
    migrate(db, 8);
    migrate(db, 9);
    expect(schemaVersion(db)).toBe(9);
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
    expect(names).toEqual(expect.arrayContaining(['disclosures_drafted', 'releases_released', 'purges_purged']));
    const plan = JSON.stringify(db.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM releases WHERE released_at >= '2026' AND released_at < '2027'").all());
    expect(plan).toContain('releases_released');
  });
});
