// demo.load through the API host: only an administrator loads the demo; it
// creates one account per role assigned the demo partner, whose one-time
// passwords come back once and open only the password change. Loading it
// never widens anyone's partner scope (issue 11, finding 8: an examiner could
// add themselves to a partner through demo.load).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSummaryDto } from '../../../preload/contract/demo';
import type { Annotation, CaseDetail, CaseSummary } from '../../../preload/contract/cases';
import { call, createAccountsWorld, type AccountsWorld } from '../accounts/fixtures';

describe('demo.load', () => {
  let world: AccountsWorld;
  beforeAll(async () => {
    world = await createAccountsWorld(['examiner', 'supervisor', 'auditor']);
  });
  afterAll(() => world.ws.close());

  it('is refused without a session and to every casework role, which gains no partner by asking', async () => {
    const anonymous = await world.host().invoke('demo.load', {});
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    for (const role of ['examiner', 'supervisor', 'auditor']) {
      const before = world.ws.accounts.users.get(world.userId(role)).partnerIds;
      const user = await world.signedIn(role);
      expect(await user.invoke('demo.load', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(world.ws.accounts.users.get(world.userId(role)).partnerIds).toEqual(before);
    }
    expect(world.ws.meta.get('demo')).toBeUndefined();
    expect(world.ws.audit.query({ event: 'access.denied' }).some((e) => e.details['method'] === 'demo.load')).toBe(true);
  });

  it('validates its argument', async () => {
    const admin = await world.signedIn('admin');
    expect(await admin.invoke('demo.load', { seed: -1 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await admin.invoke('demo.load', { seed: 1, extra: true })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  let summary: DemoSummaryDto;

  it('seeds the demo once for an administrator and hands over the demo accounts with one-time passwords', async () => {
    const admin = await world.signedIn('admin');
    summary = await call<DemoSummaryDto>(admin, 'demo.load', { seed: 2 });
    expect(summary).toMatchObject({ created: true, holdingCount: 10, queryPrintCount: 5, seed: 2 });
    expect(summary.accounts.map((a) => a.username)).toEqual(['demo-examiner', 'demo-verifier', 'demo-supervisor', 'demo-auditor']);
    // The administrator sees no casework and was given nothing; nor was anyone else.
    expect(world.ws.accounts.users.get(world.userId('admin')).partnerIds).toEqual([]);
    expect(world.ws.accounts.users.get(world.userId('examiner')).partnerIds).toEqual(['pt_a']);

    const again = await call<DemoSummaryDto>(admin, 'demo.load', {});
    expect(again).toMatchObject({ created: false, caseIds: summary.caseIds, accounts: [] });
  });

  it('lets a demo account in only to change its password, then shows it the demo cases', async () => {
    const account = summary.accounts.find((a) => a.username === 'demo-examiner')!;
    const examiner = world.host();
    expect(await call(examiner, 'auth.signIn', { username: account.username, password: account.initialPassword })).toMatchObject({ user: { mustChangePassword: true } });
    expect(await examiner.invoke('cases.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await call(examiner, 'auth.changePassword', { currentPassword: account.initialPassword, newPassword: 'a passphrase of my own' });

    const cases = await call<CaseSummary[]>(examiner, 'cases.list');
    expect(cases.map((c) => c.partnerName)).toEqual(Array(4).fill('Demo Partner (synthetic)'));
    // Whatever scored the candidates, the mate (same master finger) ranks first where there is one.
    const masterOf = (source: string) => /master seed (\d+)/.exec(source)?.[1];
    // DEMO-003 has no mate; DEMO-004 is blocked at intake and was not searched.
    for (const c of cases.filter((k) => k.reference !== 'DEMO-003' && k.reference !== 'DEMO-004')) {
      const detail = await call<CaseDetail>(examiner, 'cases.get', { caseId: c.id });
      for (const q of detail.queryPrints) {
        const top = detail.candidates.find((k) => k.queryPrintId === q.id && k.rank === 1)!;
        expect(masterOf(top.print.source)).toBe(masterOf(q.source));
        const annotations = await call<Annotation[]>(examiner, 'prints.annotations', { printId: q.id });
        expect(annotations.some((a) => a.origin === 'ground-truth')).toBe(true);
        if (summary.candidateScores === 'matcher') expect(annotations.some((a) => a.origin === 'matcher')).toBe(true);
      }
    }
    // Users who were not given the demo partner see none of it.
    const auditor = await world.signedIn('auditor');
    expect(await call<CaseSummary[]>(auditor, 'cases.list')).toEqual([]);
  });
});
