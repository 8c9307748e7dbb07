// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CorrectionNotice } from '../../preload/contract/oversight';
import type { WeeklyReport } from '../../preload/contract/reports';
import { OverdueNotices } from '../../renderer/src/features/oversight/OverdueNotices';
import { OversightScreen } from '../../renderer/src/features/oversight/OversightScreen';
import { useOversightStore } from '../../renderer/src/store/oversight';
import { useSessionStore } from '../../renderer/src/store/session';
import { installFakeBridge, ok } from './fake-bridge';

const weeks = ['2026-10-05', '2026-10-12', '2026-10-19'];
const weekly: WeeklyReport = {
  from: '2026-10-05',
  to: '2026-10-26',
  rule: 'A week is flagged when its request count differs from the median of the 8 preceding weeks by more than 3.5 robust deviations.',
  series: [
    {
      partnerId: 'pt_a',
      partnerName: 'Partner A',
      purposeCode: 'VISA',
      weeks: weeks.map((weekStart, i) => ({ weekStart, count: i === 2 ? 90 : 20, baseline: 20, anomalous: i === 2 })),
    },
  ],
  anomalies: [{ partnerId: 'pt_a', purposeCode: 'VISA', weekStart: '2026-10-19', count: 90, baseline: 20 }],
};

const notice = (overrides: Partial<CorrectionNotice> = {}): CorrectionNotice => ({
  id: 'cn_1',
  partnerId: 'pt_a',
  source: 'partner',
  subjectKind: 'case',
  subjectId: 'c_1',
  description: 'Date of birth transposed',
  noticedAt: '2026-11-20T10:00:00.000Z',
  dueAt: '2026-11-22T10:00:00.000Z',
  recordedBy: 'u_1',
  action: null,
  resolution: null,
  resolvedBy: null,
  resolvedAt: null,
  overdue: true,
  ...overrides,
});

function signedInAs(roles: string[]) {
  useSessionStore.setState({
    status: { firstRun: false, signedIn: true, locked: false, user: { id: 'u', username: 'u', displayName: 'U', roles, partnerIds: ['pt_a'], mustChangePassword: false } },
  } as never);
}

beforeEach(() => useOversightStore.setState({ notices: [], records: [], overdue: [], status: 'idle', error: null }));
afterEach(cleanup);

describe('Oversight screen', () => {
  it('states the anomaly rule, draws the chart and marks the anomalous week in the table', async () => {
    signedInAs(['auditor']);
    installFakeBridge({ 'reports.weekly': ok(weekly), 'corrections.list': ok({ notices: [] }), 'oversight.records.list': ok({ records: [] }) });
    render(<OversightScreen />);
    expect((await screen.findByTestId('anomaly-rule')).textContent).toContain('3.5 robust deviations');
    expect(screen.getByTestId('weekly-chart')).toBeTruthy();
    expect(screen.getByTestId('anomaly-count').textContent).toContain('week of 2026-10-19 (90 vs median 20)');
    const rows = screen.getByTestId('weekly-table').querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.className)).toEqual(['', '', 'anomalous']);
  });

  it('lets a supervisor resolve an overdue notice', async () => {
    signedInAs(['supervisor']);
    let resolved: unknown = null;
    installFakeBridge({
      'reports.weekly': ok(weekly),
      'corrections.list': ok({ notices: [notice()] }),
      'oversight.records.list': ok({ records: [] }),
      'corrections.resolve': (args) => {
        resolved = args;
        return ok(notice({ action: 'blocked', resolution: 'Identity in doubt', overdue: false }));
      },
    });
    render(<OversightScreen />);
    fireEvent.click(screen.getByTestId('oversight-tab-corrections'));
    const row = await screen.findByTestId('notice-cn_1');
    expect(row.textContent).toContain('overdue');
    fireEvent.change(screen.getByTestId('resolve-action-cn_1'), { target: { value: 'blocked' } });
    fireEvent.change(screen.getByTestId('resolve-text-cn_1'), { target: { value: 'Identity in doubt' } });
    fireEvent.click(screen.getByTestId('resolve-cn_1'));
    await waitFor(() => expect(resolved).toEqual({ noticeId: 'cn_1', action: 'blocked', resolution: 'Identity in doubt' }));
  });

  it('shows auditors the notices without a way to resolve them', async () => {
    signedInAs(['auditor']);
    installFakeBridge({ 'reports.weekly': ok(weekly), 'corrections.list': ok({ notices: [notice()] }), 'oversight.records.list': ok({ records: [] }) });
    render(<OversightScreen />);
    fireEvent.click(screen.getByTestId('oversight-tab-corrections'));
    await screen.findByTestId('notice-cn_1');
    expect(screen.queryByTestId('resolve-cn_1')).toBeNull();
    expect(screen.queryByTestId('record-notice')).toBeNull();
  });
});

describe('Overdue notices on the worklist', () => {
  it('are shown to supervisors, and only to them', async () => {
    signedInAs(['supervisor']);
    installFakeBridge({ 'corrections.list': ok({ notices: [notice()] }) });
    render(<OverdueNotices />);
    expect((await screen.findByTestId('overdue-notices')).textContent).toContain('case c_1');
    cleanup();
    signedInAs(['examiner']);
    render(<OverdueNotices />);
    expect(screen.queryByTestId('overdue-notices')).toBeNull();
  });
});
