import { describe, expect, it, vi } from 'vitest';
import { createApiHost } from '../../../main/api/host';
import { createTestWorkspace } from '../../helpers/workspace';
import { call, createAccountsWorld } from './fixtures';

describe('API host', () => {
  it('never rejects: a failure of the host itself answers internal and is logged', async () => {
    const { ws } = createTestWorkspace();
    const log = vi.fn();
    const host = createApiHost({ workspace: ws, workstation: 'ws', log });
    ws.close();
    await expect(host.invoke('auth.status', {})).resolves.toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    expect(log).toHaveBeenCalled();
  });

  it('audits a successful call whose handler recorded nothing, once, with the objects it names', async () => {
    const world = await createAccountsWorld(['examiner']);
    const caseId = world.ws.cases.create({ reference: 'R', partnerId: 'pt_a', purposeCode: 'P', foreignProvided: false });
    const host = await world.signedIn('examiner');
    const before = world.ws.audit.head().seq;
    await call(host, 'cases.get', { caseId });
    await call(host, 'cases.list');
    const added = world.ws.audit.query({}).filter((e) => e.seq > before);
    expect(added.map((e) => [e.event, e.objects, e.userId])).toEqual([['case.read', [`case:${caseId}`], world.userId('examiner')]]);
  });

  it('does not add its own entry when the handler audited the change', async () => {
    const world = await createAccountsWorld([]);
    const admin = await world.signedIn('admin');
    const before = world.ws.audit.head().seq;
    await call(admin, 'admin.settings.update', { maxFailedSignIns: 6 });
    expect(world.ws.audit.query({}).filter((e) => e.seq > before).map((e) => e.event)).toEqual(['settings.updated']);
  });

  it('answers arguments that fail the contract with invalid-argument, and records the failed attempt', async () => {
    const world = await createAccountsWorld(['examiner']);
    const host = await world.signedIn('examiner');
    expect(await host.invoke('cases.get', { caseId: '../../etc' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(world.ws.audit.query({ event: 'case.read' })[0]).toMatchObject({ outcome: 'error', details: { code: 'invalid-argument' } });
  });
});
