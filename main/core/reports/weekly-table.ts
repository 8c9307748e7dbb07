// The weekly report as a table: one row per partner x purpose x week.
import type { ReportTable } from './table';
import type { WeeklyReport } from './weekly';

export function weeklyTable(report: WeeklyReport, scopeLabel: string): ReportTable {
  return {
    title: 'Weekly request volume by purpose code',
    subtitle: `Weeks from ${report.from} to ${report.to} (UTC, Monday to Sunday); partners: ${scopeLabel}`,
    columns: ['Partner', 'Purpose code', 'Week starting', 'Requests', 'Trailing median', 'Anomaly'],
    rows: report.series.flatMap((series) =>
      series.weeks.map((week) => [
        series.partnerName,
        series.purposeCode,
        week.weekStart,
        week.count,
        week.baseline ?? '',
        week.anomalous ? 'ANOMALY' : '',
      ]),
    ),
    notes: [`Rule: ${report.rule}`, `${report.anomalies.length} anomalous week(s) flagged.`],
  };
}
