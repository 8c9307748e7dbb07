// Oversight for supervisors and auditors: the reports over a chosen range, the
// notices of inaccurate data, and redress and incident records.
import { useEffect, useState } from 'react';
import { useOversightStore } from '../../store/oversight';
import { CorrectionsPanel } from './CorrectionsPanel';
import { RecordsPanel } from './RecordsPanel';
import { dayOffset, todayUtc } from './range';
import { WeeklyReportView } from './WeeklyReportView';
import './oversight.css';

type Tab = 'weekly' | 'corrections' | 'records';
const TABS: { id: Tab; label: string }[] = [
  { id: 'weekly', label: 'Weekly volumes' },
  { id: 'corrections', label: 'Corrections' },
  { id: 'records', label: 'Redress & incidents' },
];

export function OversightScreen() {
  const [tab, setTab] = useState<Tab>('weekly');
  const [to, setTo] = useState(todayUtc());
  const [from, setFrom] = useState(dayOffset(todayUtc(), -12 * 7));
  const load = useOversightStore((s) => s.load);
  const error = useOversightStore((s) => s.error);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="oversight-screen">
      <div className="screen-bar">
        <h1 className="screen-title">Oversight</h1>
        <div role="tablist" aria-label="Oversight views" className="tabs">
          {TABS.map((t) => (
            <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} className={`button${tab === t.id ? ' primary' : ''}`} data-testid={`oversight-tab-${t.id}`} onClick={() => setTab(t.id)}>
              {t.label}
            </button>
          ))}
        </div>
        <span className="spacer" />
        {tab === 'weekly' && (
          <>
            <label className="field inline">
              From
              <input type="date" value={from} onChange={(e) => e.target.value && setFrom(e.target.value)} data-testid="report-from" />
            </label>
            <label className="field inline">
              To (inclusive)
              <input type="date" value={to} onChange={(e) => e.target.value && setTo(e.target.value)} data-testid="report-to" />
            </label>
          </>
        )}
      </div>
      {error && <p role="alert" className="outcome-error">{error}</p>}
      <div className="oversight-body">
        {tab === 'weekly' && <WeeklyReportView from={from} to={dayOffset(to, 1)} />}
        {tab === 'corrections' && <CorrectionsPanel />}
        {tab === 'records' && <RecordsPanel />}
      </div>
    </div>
  );
}
