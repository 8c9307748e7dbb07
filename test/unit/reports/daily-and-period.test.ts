// The daily match report and the period sharing summary on a generated
// history: every number equals a count taken independently from the tables.
import { beforeAll, describe, expect, it } from 'vitest';
import { dailyMatchReport, type DailyReport } from '../../../main/core/reports/daily';
import { sharingReport } from '../../../main/core/reports/sharing';
import type { Workspace } from '../../../main/core/workspace';
import { plantExchangeHistory } from '../../helpers/exchange-history';
import { createTestWorkspace } from '../../helpers/workspace';

let ws: Workspace;
const scope = ['pt_au', 'pt_ca', 'pt_uk'];

beforeAll(() => {
  ws = createTestWorkspace().ws;
  plantExchangeHistory(ws.db, { seed: 11, start: '2025-12-29', weeks: 40, weeklyMean: 15 });
});

/** Independent recount for one partner and [from, to): plain SQL over each table, no shared code. */
function recount(partnerId: string, from: string, to: string) {
  const one = (sql: string) => (ws.db.prepare(sql).get(partnerId, from, to) as { n: number }).n;
  const answers = (where: string) =>
    one(`SELECT count(*) AS n FROM disclosures WHERE partner_id = ? AND drafted_at >= ? AND drafted_at < ? AND ${where}`);
  const plain = answers("answer = 'match' AND withheld = '[]'");
  const agreement = answers("answer = 'match' AND withheld <> '[]'");
  const protectedClass = answers("answer = 'no-match' AND restricted_reason IS NOT NULL");
  return {
    received: one('SELECT count(*) AS n FROM cases WHERE partner_id = ? AND created_at >= ? AND created_at < ?'),
    matches: plain + agreement + protectedClass,
    filteredMatches: agreement + protectedClass,
    protectedClassFiltered: protectedClass,
    agreementFiltered: agreement,
    nonFilteredMatches: plain,
    noMatches: answers("answer = 'no-match' AND restricted_reason IS NULL"),
    released: one('SELECT count(*) AS n FROM releases r JOIN cases c ON c.id = r.case_id WHERE c.partner_id = ? AND r.released_at >= ? AND r.released_at < ?'),
    purged: one('SELECT count(*) AS n FROM purges g JOIN cases c ON c.id = g.case_id WHERE c.partner_id = ? AND g.purged_at >= ? AND g.purged_at < ?'),
  };
}

const countsOf = (row: DailyReport['rows'][number]) => {
  const { bucket: _b, partnerId: _p, partnerName: _n, ...counts } = row;
  return counts;
};

describe('daily match report', () => {
  it('counts every day and partner as the tables do, and only days with activity appear', () => {
    const report = dailyMatchReport(ws.db, scope, { from: '2026-03-02', to: '2026-03-16' });
    expect(report.rows.length).toBeGreaterThan(20);
    for (const row of report.rows) {
      const next = new Date(Date.parse(`${row.bucket}T00:00:00Z`) + 86_400_000).toISOString();
      expect(countsOf(row)).toEqual(recount(row.partnerId, `${row.bucket}T00:00:00.000Z`, next));
    }
    const totalReceived = (ws.db.prepare("SELECT count(*) AS n FROM cases WHERE created_at >= '2026-03-02' AND created_at < '2026-03-16'").get() as { n: number }).n;
    expect(report.totals.received).toBe(totalReceived);
    expect(report.totals.filteredMatches).toBeGreaterThan(0);
  });
});

describe('sharing summary', () => {
  it('sums months, quarters and years exactly as the tables do', () => {
    for (const [granularity, first, next] of [
      ['month', '2026-03', ['2026-03-01', '2026-04-01']],
      ['quarter', '2026-Q2', ['2026-04-01', '2026-07-01']],
      ['year', '2026', ['2026-01-01', '2027-01-01']],
    ] as const) {
      const report = sharingReport(ws.db, scope, { from: '2026-01-01', to: '2027-01-01', granularity });
      const row = report.rows.find((r) => r.bucket === first && r.partnerId === 'pt_ca')!;
      expect(countsOf(row)).toEqual(recount('pt_ca', `${next[0]}T00:00:00.000Z`, `${next[1]}T00:00:00.000Z`));
    }
  });

  it('reports no data past its retention date when every no match was purged', () => {
    expect(sharingReport(ws.db, scope, { from: '2026-01-01', to: '2027-01-01', granularity: 'year' }).pastRetention).toEqual([]);
  });
});
