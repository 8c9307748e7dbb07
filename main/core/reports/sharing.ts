// The monthly / quarterly / annual sharing summary per partner, with the
// retention finding: data kept past its retention date, which must be zero;
// anything else is listed case by case as a finding to act on.
import type { Db } from '../db/open';
import { expiredCases, type ExpiredCase } from '../retention/expiry';
import { checkRange, dayKey } from './calendar';
import { OUTCOME_COLUMNS, outcomeCells, sumCounts, type DailyReport } from './daily';
import { countOutcomes, type OutcomeCounts } from './outcomes';
import type { ReportTable } from './table';

export type Granularity = 'month' | 'quarter' | 'year';

export interface SharingReport {
  from: string;
  to: string;
  granularity: Granularity;
  rows: OutcomeCounts[];
  totals: DailyReport['totals'];
  /** Data past its retention date at the time of the report: must be empty. */
  pastRetention: ExpiredCase[];
  generatedAt: string;
}

export function sharingReport(
  db: Db,
  scope: readonly string[],
  range: { from: string; to: string; granularity: Granularity },
  now: Date = new Date(),
): SharingReport {
  const { from, to } = checkRange(range.from, range.to, 10 * 366);
  const rows = countOutcomes(db, scope, { from, to }, range.granularity);
  return {
    from: dayKey(from),
    to: dayKey(to),
    granularity: range.granularity,
    rows,
    totals: sumCounts(rows),
    pastRetention: expiredCases(db, now, scope),
    generatedAt: now.toISOString(),
  };
}

export function sharingTable(report: SharingReport, scopeLabel: string): ReportTable {
  const finding =
    report.pastRetention.length === 0
      ? `Retention: no data is kept past its retention date (checked ${report.generatedAt}).`
      : `FINDING: ${report.pastRetention.length} case(s) hold data past the retention date: ` +
        report.pastRetention.map((c) => `${c.caseId} (due ${c.dueAt}, ${c.rule})`).join('; ');
  return {
    title: `Sharing summary by ${report.granularity}`,
    subtitle: `From ${report.from} to ${report.to} (UTC, end exclusive); partners: ${scopeLabel}`,
    columns: [report.granularity[0]!.toUpperCase() + report.granularity.slice(1), 'Partner', ...OUTCOME_COLUMNS],
    rows: [...report.rows.map((r) => [r.bucket, r.partnerName, ...outcomeCells(r)]), ['Total', '', ...outcomeCells(report.totals)]],
    notes: [finding],
  };
}
