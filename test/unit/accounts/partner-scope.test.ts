import { describe, expect, it } from 'vitest';
import { call, createAccountsWorld } from './fixtures';

describe('partner scoping through the session', () => {
  it('shows a user only the cases of their partners; others look missing', async () => {
    const world = await createAccountsWorld(['examiner']);
    const mine = world.ws.cases.create({ reference: 'A-1', partnerId: 'pt_a', purposeCode: 'P', foreignProvided: true });
    const theirs = world.ws.cases.create({ reference: 'B-1', partnerId: 'pt_b', purposeCode: 'P', foreignProvided: true });
    const host = await world.signedIn('examiner');
    expect((await call<{ id: string }[]>(host, 'cases.list')).map((c) => c.id)).toEqual([mine]);
    expect(await host.invoke('cases.get', { caseId: theirs })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await host.invoke('cases.get', { caseId: mine })).ok).toBe(true);

    // Reading a case is audited (before it happens) with the case it names; a failed read
    // also gets its outcome. Newest first: the read of mine, then theirs failed after its attempt.
    expect(world.ws.audit.query({ event: 'case.read' }).map((e) => [e.outcome, e.objects])).toEqual([
      ['success', [`case:${mine}`]],
      ['error', [`case:${theirs}`]],
      ['success', [`case:${theirs}`]],
    ]);

    const admin = await world.signedIn('admin');
    await call(admin, 'admin.users.assign', { userId: world.userId('examiner'), roles: ['examiner'], partnerIds: ['pt_a', 'pt_b'] });
    expect((await call<unknown[]>(host, 'cases.list')).length).toBe(2);
  });

  it('gives administrators no casework', async () => {
    const world = await createAccountsWorld([]);
    const admin = await world.signedIn('admin');
    expect(await admin.invoke('cases.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses to assign a partner that does not exist', async () => {
    const world = await createAccountsWorld(['examiner']);
    const admin = await world.signedIn('admin');
    expect(await admin.invoke('admin.users.assign', { userId: world.userId('examiner'), roles: ['examiner'], partnerIds: ['pt_zz'] })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
