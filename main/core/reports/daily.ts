// The daily match report (IBIS PIA: "a daily match report of filtered and
// non-filtered matches"), per day and partner over a range of days.
import type { Db } from '../db/open';
import { checkRange, dayKey } from './calendar';
import { countOutcomes, type OutcomeCounts } from './outcomes';
import type { ReportTable } from './table';

export interface DailyReport {
  from: string;
  to: string;
  rows: OutcomeCounts[];
  totals: Omit<OutcomeCounts, 'bucket' | 'partnerId' | 'partnerName'>;
}

const COUNTS = ['received', 'matches', 'filteredMatches', 'protectedClassFiltered', 'agreementFiltered', 'nonFilteredMatches', 'noMatches', 'released', 'purged'] as const;

export function sumCounts(rows: readonly OutcomeCounts[]): DailyReport['totals'] {
  const totals = Object.fromEntries(COUNTS.map((k) => [k, 0])) as DailyReport['totals'];
  for (const row of rows) for (const k of COUNTS) totals[k] += row[k];
  return totals;
}

export function dailyMatchReport(db: Db, scope: readonly string[], range: { from: string; to: string }): DailyReport {
  const { from, to } = checkRange(range.from, range.to, 366);
  const rows = countOutcomes(db, scope, { from, to }, 'day');
  return { from: dayKey(from), to: dayKey(to), rows, totals: sumCounts(rows) };
}

export const OUTCOME_COLUMNS = [
  'Queries received',
  'Matches',
  'Filtered matches',
  'of which protected class',
  'of which agreement filter',
  'Non-filtered matches',
  'No matches',
  'Responses released',
  'Query prints purged',
];

export const outcomeCells = (row: DailyReport['totals']) => COUNTS.map((k) => row[k]);

export function dailyTable(report: DailyReport, scopeLabel: string): ReportTable {
  return {
    title: 'Daily match report',
    subtitle: `Days from ${report.from} to ${report.to} (UTC, end exclusive); partners: ${scopeLabel}`,
    columns: ['Day', 'Partner', ...OUTCOME_COLUMNS],
    rows: [...report.rows.map((r) => [r.bucket, r.partnerName, ...outcomeCells(r)]), ['Total', '', ...outcomeCells(report.totals)]],
    notes: [
      'Filtered matches: a protected-class subject answered "no match", or a match whose agreement withheld data elements.',
      "An answer counts once per case, on the day its latest draft was written; releases and purges on the day they happened.",
    ],
  };
}
