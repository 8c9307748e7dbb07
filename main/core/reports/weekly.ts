// Weekly request volume per partner and purpose (category) code, each week
// assessed against the trailing weeks by the stated anomaly rule.
import type { Db } from '../db/open';
import { ANOMALY_RULE, ANOMALY_RULE_TEXT, assessWeeks } from './anomaly';
import { addDays, checkRange, dayKey, weekStart } from './calendar';

export interface WeeklySeries {
  partnerId: string;
  partnerName: string;
  purposeCode: string;
  weeks: { weekStart: string; count: number; baseline: number | null; anomalous: boolean }[];
}

export interface WeeklyReport {
  from: string;
  to: string;
  rule: string;
  series: WeeklySeries[];
  anomalies: { partnerId: string; purposeCode: string; weekStart: string; count: number; baseline: number }[];
}

export function weeklyVolumeReport(db: Db, scope: readonly string[], range: { from: string; to: string }): WeeklyReport {
  const { from, to } = checkRange(range.from, range.to, 5 * 366);
  const first = weekStart(from);
  const last = weekStart(addDays(to, -1));
  // History before the first reported week feeds the trailing baseline.
  const historyStart = addDays(first, -7 * ANOMALY_RULE.trailingWeeks);
  const rows = db
    .prepare(
      `SELECT c.partner_id, p.name AS partner_name, c.purpose_code,
              date(c.created_at, 'weekday 0', '-6 days') AS week, count(*) AS n
       FROM cases c JOIN partners p ON p.id = c.partner_id
       WHERE c.created_at >= @start AND c.created_at < @end AND c.partner_id IN (SELECT value FROM json_each(@scope))
       GROUP BY c.partner_id, c.purpose_code, week`,
    )
    .all({ start: historyStart.toISOString(), end: addDays(last, 7).toISOString(), scope: JSON.stringify(scope) }) as {
    partner_id: string;
    partner_name: string;
    purpose_code: string;
    week: string;
    n: number;
  }[];

  const weekKeys: string[] = [];
  for (let week = historyStart; week <= last; week = addDays(week, 7)) weekKeys.push(dayKey(week));
  const reportedFrom = weekKeys.indexOf(dayKey(first));

  const bySeries = new Map<string, { partnerId: string; partnerName: string; purposeCode: string; counts: Map<string, number> }>();
  for (const row of rows) {
    const key = `${row.partner_id}\u0000${row.purpose_code}`;
    const series = bySeries.get(key) ?? { partnerId: row.partner_id, partnerName: row.partner_name, purposeCode: row.purpose_code, counts: new Map() };
    series.counts.set(row.week, row.n);
    bySeries.set(key, series);
  }

  const series: WeeklySeries[] = [];
  const anomalies: WeeklyReport['anomalies'] = [];
  for (const entry of [...bySeries.values()].sort((a, b) => a.partnerName.localeCompare(b.partnerName) || a.purposeCode.localeCompare(b.purposeCode))) {
    const counts = weekKeys.map((week) => entry.counts.get(week) ?? 0);
    const assessed = assessWeeks(counts);
    const weeks = weekKeys.slice(reportedFrom).map((week, i) => {
      const a = assessed[reportedFrom + i]!;
      if (a.anomalous) anomalies.push({ partnerId: entry.partnerId, purposeCode: entry.purposeCode, weekStart: week, count: a.count, baseline: a.baseline! });
      return { weekStart: week, count: a.count, baseline: a.baseline, anomalous: a.anomalous };
    });
    // A series with nothing in the reported weeks still shows, if its history had any.
    series.push({ partnerId: entry.partnerId, partnerName: entry.partnerName, purposeCode: entry.purposeCode, weeks });
  }
  return { from: dayKey(from), to: dayKey(to), rule: ANOMALY_RULE_TEXT, series, anomalies };
}
