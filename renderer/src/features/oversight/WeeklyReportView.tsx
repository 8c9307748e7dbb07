// The weekly purpose-code volume report: the rule in words, the chart, the
// anomalies, and the full table.
import { useEffect, useState } from 'react';
import type { WeeklyReport } from '../../../../preload/contract/reports';
import { call } from '../../api/client';
import { describeError } from '../../api/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ReportExport } from './ReportExport';
import { WeeklyChart } from './WeeklyChart';

export function WeeklyReportView({ from, to }: { from: string; to: string }) {
  const [report, setReport] = useState<WeeklyReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setReport(null);
    setError(null);
    call('reports.weekly', { from, to }).then(
      (value) => live && setReport(value),
      (e: unknown) => live && setError(describeError(e)),
    );
    return () => {
      live = false;
    };
  }, [from, to]);

  if (error) return <ErrorNotice message={error} />;
  if (!report) return <p className="muted" role="status">Computing the weekly report…</p>;
  return (
    <section className="report" aria-labelledby="weekly-title">
      <div className="report-bar">
        <h2 id="weekly-title">Weekly request volume by purpose code</h2>
        <span className="spacer" />
        <ReportExport report="weekly" from={from} to={to} />
      </div>
      <p className="small muted" data-testid="anomaly-rule">
        {report.rule}
      </p>
      <WeeklyChart report={report} />
      <p data-testid="anomaly-count" className={report.anomalies.length ? 'outcome-denied' : 'muted'}>
        {report.anomalies.length === 0
          ? 'No anomalous week in this range.'
          : `${report.anomalies.length} anomalous week(s): ` +
            report.anomalies.map((a) => `${a.partnerId} ${a.purposeCode} week of ${a.weekStart} (${a.count} vs median ${a.baseline})`).join('; ')}
      </p>
      <table className="grid report-table" data-testid="weekly-table">
        <thead>
          <tr>
            <th>Partner</th>
            <th>Purpose code</th>
            <th>Week starting</th>
            <th className="num">Requests</th>
            <th className="num">Trailing median</th>
            <th>Anomaly</th>
          </tr>
        </thead>
        <tbody>
          {report.series.flatMap((series) =>
            series.weeks.map((week) => (
              <tr key={`${series.partnerId}-${series.purposeCode}-${week.weekStart}`} className={week.anomalous ? 'anomalous' : undefined}>
                <td>{series.partnerName}</td>
                <td className="mono">{series.purposeCode}</td>
                <td className="mono">{week.weekStart}</td>
                <td className="num">{week.count}</td>
                <td className="num">{week.baseline ?? '—'}</td>
                <td>{week.anomalous ? 'Anomaly' : ''}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </section>
  );
}
