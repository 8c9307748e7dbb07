// demo.load through the API host, as the renderer calls it on first start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSummaryDto } from '../../../preload/contract/demo';
import type { Annotation, CaseDetail, CaseSummary } from '../../../preload/contract/cases';
import { call, createAccountsWorld, type AccountsWorld } from '../accounts/fixtures';

describe('demo.load', () => {
  let world: AccountsWorld;
  beforeAll(async () => {
    world = await createAccountsWorld(['examiner', 'auditor']);
  });
  afterAll(() => world.ws.close());

  it('is refused without a session and for roles other than administrator and examiner', async () => {
    const anonymous = await world.host().invoke('demo.load', {});
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const auditor = await world.signedIn('auditor');
    expect(await auditor.invoke('demo.load', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(world.ws.meta.get('demo')).toBeUndefined();
  });

  it('validates its argument', async () => {
    const examiner = await world.signedIn('examiner');
    expect(await examiner.invoke('demo.load', { seed: -1 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await examiner.invoke('demo.load', { seed: 1, extra: true })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('seeds the demo once and lets the examiner see its cases straight away', async () => {
    const examiner = await world.signedIn('examiner');
    const before = await call<CaseSummary[]>(examiner, 'cases.list');
    expect(before).toHaveLength(0);
    const summary = await call<DemoSummaryDto>(examiner, 'demo.load', { seed: 2 });
    expect(summary).toMatchObject({ created: true, holdingCount: 10, queryPrintCount: 5, seed: 2 });
    expect(['matcher', 'ground-truth']).toContain(summary.candidateScores);
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
    // Other users were not given the demo partner.
    expect(world.ws.accounts.users.get(world.userId('auditor')).partnerIds).not.toContain(summary.partnerId);

    const admin = await world.signedIn('admin');
    const again = await call<DemoSummaryDto>(admin, 'demo.load', {});
    expect(again).toMatchObject({ created: false, caseIds: summary.caseIds });
    expect(world.ws.accounts.users.get(world.userId('admin')).partnerIds).toContain(summary.partnerId);
    const info = await call<{ demo: boolean; caseCount: number }>(admin, 'workspace.info');
    expect(info).toMatchObject({ demo: true, caseCount: 4 });
  });
});
