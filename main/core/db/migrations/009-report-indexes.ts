import type { Migration } from '../migration';

// The oversight reports count answers, releases and purges by day over years
// of history: each needs its time column indexed, or every report scans its
// whole table.
export const m009ReportIndexes: Migration = {
  version: 9,
  name: '009-report-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX disclosures_drafted ON disclosures(drafted_at, partner_id);
      CREATE INDEX releases_released ON releases(released_at);
      CREATE INDEX purges_purged ON purges(purged_at);
    `);
  },
};
