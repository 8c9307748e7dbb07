// Redress requests and privacy incidents: recorded by supervisors with linked
// cases and a due date, tracked to an outcome, read by auditors.
import { beforeEach, describe, expect, it } from 'vitest';
import type { OversightRecord } from '../../../preload/contract/oversight';
import { call, createAccountsWorld, type AccountsWorld } from '../accounts/fixtures';

let world: AccountsWorld;
let caseId: string;

beforeEach(async () => {
  world = await createAccountsWorld(['examiner', 'supervisor', 'auditor']);
  caseId = world.ws.cases.create({ reference: 'Q-1', partnerId: 'pt_a', purposeCode: 'VISA', foreignProvided: true });
});

const incident = {
  kind: 'incident',
  category: 'wrong-recipient',
  partnerId: 'pt_a',
  summary: 'Response for Q-1 was addressed to the wrong partner mailbox',
  dueAt: '2026-11-30',
};

describe('redress and incident records', () => {
  it('link the affected cases, track status to an outcome, and are read by auditors', async () => {
    const supervisor = await world.signedIn('supervisor');
    const created = await call<OversightRecord>(supervisor, 'oversight.records.create', { ...incident, caseIds: [caseId] });
    expect(created).toMatchObject({ status: 'open', caseIds: [caseId], overdue: false });
    await call(supervisor, 'oversight.records.update', { id: created.id, status: 'investigating', outcome: null });
    const refused = await supervisor.invoke('oversight.records.update', { id: created.id, status: 'closed', outcome: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    await call(supervisor, 'oversight.records.update', { id: created.id, status: 'closed', outcome: 'Recipient confirmed deletion' });

    const auditor = await world.signedIn('auditor');
    const { records } = await call<{ records: OversightRecord[] }>(auditor, 'oversight.records.list');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'closed', outcome: 'Recipient confirmed deletion' });
    const events = [...world.ws.audit.entries()].map((e) => e.event);
    expect(events).toEqual(expect.arrayContaining(['incident.recorded', 'incident.updated']));
  });

  it('are overdue past their due date until closed', async () => {
    const supervisor = await world.signedIn('supervisor');
    await call(supervisor, 'oversight.records.create', { ...incident, kind: 'redress', category: 'access', dueAt: '2026-11-23T10:00:00Z' });
    world.clock.advance(120);
    const later = await world.signedIn('supervisor');
    const { records } = await call<{ records: OversightRecord[] }>(later, 'oversight.records.list');
    expect(records[0]!.overdue).toBe(true);
  });

  it('refuse a category of the other kind, a case outside scope, and examiners', async () => {
    const supervisor = await world.signedIn('supervisor');
    expect(await supervisor.invoke('oversight.records.create', { ...incident, category: 'access' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const other = world.ws.cases.create({ reference: 'Q-2', partnerId: 'pt_b', purposeCode: 'VISA', foreignProvided: true });
    expect(await supervisor.invoke('oversight.records.create', { ...incident, caseIds: [other] })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const examiner = await world.signedIn('examiner');
    expect(await examiner.invoke('oversight.records.create', incident)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
