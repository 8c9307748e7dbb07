// The weekly volume report on a generated history: counts equal an independent
// recount from the database, the planted anomaly week is flagged and no other.
import { beforeAll, describe, expect, it } from 'vitest';
import { weeklyVolumeReport, type WeeklyReport } from '../../../main/core/reports/weekly';
import type { Workspace } from '../../../main/core/workspace';
import { plantExchangeHistory } from '../../helpers/exchange-history';
import { createTestWorkspace } from '../../helpers/workspace';

let ws: Workspace;
let report: WeeklyReport;
const scope = ['pt_au', 'pt_ca', 'pt_uk'];

beforeAll(() => {
  ws = createTestWorkspace().ws;
  plantExchangeHistory(ws.db, {
    seed: 7,
    start: '2026-01-05', // a Monday
    weeks: 30,
    weeklyMean: 40,
    anomaly: { partnerId: 'pt_ca', purposeCode: 'CRIM-INV', week: 20, factor: 3 },
  });
  report = weeklyVolumeReport(ws.db, scope, { from: '2026-03-02', to: '2026-08-03' });
});

describe('weekly volume report', () => {
  it('states its rule', () => {
    expect(report.rule).toMatch(/median of the 8 preceding weeks by more than 3.5 robust deviations/);
  });

  it('counts every partner x purpose week exactly as the database does', () => {
    const recount = ws.db.prepare(
      `SELECT count(*) AS n FROM cases WHERE partner_id = ? AND purpose_code = ? AND created_at >= ? AND created_at < ?`,
    );
    let checked = 0;
    for (const series of report.series) {
      for (const week of series.weeks) {
        const end = new Date(Date.parse(week.weekStart) + 7 * 86_400_000).toISOString();
        const { n } = recount.get(series.partnerId, series.purposeCode, `${week.weekStart}T00:00:00.000Z`, end) as { n: number };
        expect(week.count).toBe(n);
        checked++;
      }
    }
    expect(report.series).toHaveLength(7);
    expect(checked).toBe(7 * 22);
  });

  it('flags the planted anomaly week and no other', () => {
    expect(report.anomalies.map((a) => [a.partnerId, a.purposeCode, a.weekStart])).toEqual([['pt_ca', 'CRIM-INV', '2026-05-25']]);
  });

  it('shows only the partners in scope', () => {
    const narrow = weeklyVolumeReport(ws.db, ['pt_uk'], { from: '2026-03-02', to: '2026-04-06' });
    expect(new Set(narrow.series.map((s) => s.partnerId))).toEqual(new Set(['pt_uk']));
  });
});
