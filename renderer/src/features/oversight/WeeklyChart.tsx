// Weekly volume per partner x purpose code as lines; anomalous weeks are drawn
// as large red dots so they stand out in the chart as in the table.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeeklyReport } from '../../../../preload/contract/reports';

const PALETTE = ['#4c8dff', '#3fb27f', '#e2a93b', '#b07cff', '#4cc3d9', '#d98c4c', '#9aa5b1', '#e06c9f'];

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: Record<string, unknown>;
  dataKey?: string;
}

function AnomalyDot({ cx, cy, payload, dataKey }: DotProps) {
  if (cx === undefined || cy === undefined || !payload || !dataKey) return null;
  const anomalous = payload[`${dataKey}:anomaly`] === true;
  return anomalous ? (
    <circle cx={cx} cy={cy} r={6} fill="#eb5757" stroke="#fff" strokeWidth={1} data-testid="anomaly-dot" />
  ) : (
    <circle cx={cx} cy={cy} r={2} fill="currentColor" />
  );
}

export function WeeklyChart({ report, width = 900 }: { report: WeeklyReport; width?: number }) {
  const keys = report.series.map((s) => `${s.partnerName} · ${s.purposeCode}`);
  const weeks = report.series[0]?.weeks.map((w) => w.weekStart) ?? [];
  const data = weeks.map((weekStart, i) => {
    const row: Record<string, unknown> = { weekStart };
    report.series.forEach((series, s) => {
      row[keys[s]!] = series.weeks[i]!.count;
      row[`${keys[s]!}:anomaly`] = series.weeks[i]!.anomalous;
    });
    return row;
  });
  if (data.length === 0) return <p className="muted">No requests in this range.</p>;
  return (
    <figure className="report-chart" data-testid="weekly-chart" aria-label="Weekly request volume chart">
      <LineChart width={width} height={280} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="#2f353d" strokeDasharray="3 3" />
        <XAxis dataKey="weekStart" stroke="#8b949e" fontSize={11} />
        <YAxis stroke="#8b949e" fontSize={11} allowDecimals={false} />
        <Tooltip contentStyle={{ background: '#1d2127', border: '1px solid #2f353d' }} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        {keys.map((key, i) => (
          <Line key={key} type="monotone" dataKey={key} stroke={PALETTE[i % PALETTE.length]} isAnimationActive={false} dot={<AnomalyDot />} />
        ))}
      </LineChart>
    </figure>
  );
}
