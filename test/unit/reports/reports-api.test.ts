// Reports through the API host: who may read and export them, partner scope,
// and exports (CSV and PDF from one table) recorded as releases.
import { PDFDocument } from 'pdf-lib';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportFile, WeeklyReport } from '../../../preload/contract/reports';
import { call, createAccountsWorld, type AccountsWorld } from '../accounts/fixtures';
import { plantExchangeHistory } from '../../helpers/exchange-history';

let world: AccountsWorld;
const range = { from: '2026-09-07', to: '2026-11-02' };

beforeAll(async () => {
  world = await createAccountsWorld(['examiner', 'supervisor', 'auditor']);
  plantExchangeHistory(world.ws.db, {
    seed: 3,
    start: '2026-06-01',
    weeks: 22,
    weeklyMean: 12,
    partners: [
      { id: 'pt_a', name: 'Partner A', purposeCodes: ['VISA', 'BORDER'] },
      { id: 'pt_c', name: '=Partner C', purposeCodes: ['VISA'] },
    ],
  });
});

describe('reports API', () => {
  it('gives supervisors and auditors the weekly report of their partners only', async () => {
    for (const role of ['supervisor', 'auditor']) {
      const report = await call<WeeklyReport>(await world.signedIn(role), 'reports.weekly', range);
      expect(report.series.map((s) => `${s.partnerId}/${s.purposeCode}`).sort()).toEqual(['pt_a/BORDER', 'pt_a/VISA']);
      expect(report.series[0]!.weeks).toHaveLength(8);
    }
    const refused = await (await world.signedIn('examiner')).invoke('reports.weekly', range);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('exports the same table as CSV and as PDF, each recorded as a release with its hash', async () => {
    const auditor = await world.signedIn('auditor');
    const csv = await call<ReportFile>(auditor, 'reports.export', { report: 'weekly', ...range, format: 'csv' });
    const text = new TextDecoder().decode(csv.bytes);
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('"Partner","Purpose code","Week starting","Requests","Trailing median","Anomaly"');
    expect(lines).toHaveLength(1 + 2 * 8);
    expect(createHash('sha256').update(csv.bytes).digest('hex')).toBe(csv.sha256);

    const pdf = await call<ReportFile>(auditor, 'reports.export', { report: 'weekly', ...range, format: 'pdf' });
    expect(pdf.mediaType).toBe('application/pdf');
    const doc = await PDFDocument.load(pdf.bytes);
    expect(doc.getTitle()).toBe('Weekly request volume by purpose code');

    const releases = [...world.ws.audit.entries()].filter((e) => e.event === 'report.exported');
    expect(releases.map((e) => e.details['sha256'])).toEqual([csv.sha256, pdf.sha256]);
    expect(releases[0]!.release).toMatchObject({ elements: ['Weekly request volume by purpose code'] });
  });

  it('never lets a partner name run as a spreadsheet formula', async () => {
    const { ws } = world;
    ws.db.prepare("INSERT INTO user_partners (user_id, partner_id) VALUES (?, 'pt_c')").run(world.userId('auditor'));
    const csv = await call<ReportFile>(await world.signedIn('auditor'), 'reports.export', { report: 'weekly', ...range, format: 'csv' });
    expect(new TextDecoder().decode(csv.bytes)).toContain(`"'=Partner C"`);
  });
});
