import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseBlockOf } from '../../../main/core/cases/transitions';
import { DEMO_PARTNER, seedDemo, type DemoSummary } from '../../../main/core/demo';
import { createTestWorkspace } from '../../helpers/workspace';
import type { Workspace } from '../../../main/core/workspace';

describe('seedDemo', () => {
  let ws: Workspace;
  let summary: DemoSummary;
  let userId: string;

  beforeAll(async () => {
    ws = createTestWorkspace().ws;
    ws.partners.add({ id: 'pt_other', name: 'Other Agency', country: 'ZZ' });
    userId = ws.accounts.users.create({
      username: 'examiner1',
      displayName: 'Examiner One',
      passwordHash: 'not-a-real-hash',
      mustChangePassword: false,
      roles: ['examiner'],
      partnerIds: ['pt_other'],
      now: new Date().toISOString(),
    });
    // Ground-truth scoring keeps this test independent of the native matcher's build state.
    summary = await seedDemo(ws, { seed: 3, scoring: 'ground-truth' });
  });
  afterAll(() => ws.close());

  const scope = () => [DEMO_PARTNER.id];

  it('creates the synthetic partner, four foreign cases and local holdings', () => {
    expect(summary.created).toBe(true);
    expect(ws.partners.get(DEMO_PARTNER.id)?.name).toBe('Demo Partner (synthetic)');
    const cases = ws.cases.list(scope());
    expect(cases.map((c) => c.reference).sort()).toEqual(['DEMO-001', 'DEMO-002', 'DEMO-003', 'DEMO-004']);
    for (const c of cases) {
      expect(c.foreignProvided).toBe(true);
      expect(c.purposeCode).toMatch(/^[A-Z-]+$/);
      expect(c.state).toBe(c.reference === 'DEMO-004' ? 'blocked' : 'received');
    }
    expect(summary.holdingCount).toBe(10);
    expect(summary.queryPrintCount).toBe(5);
    expect(ws.meta.get('demo')).toBe('true');
    expect(ws.meta.get('demo.candidateScores')).toBe('ground-truth');
  });

  it('marks query prints foreign-provided and holdings local, all synthetic', () => {
    for (const id of summary.caseIds) {
      const detail = ws.cases.get(scope(), id);
      for (const q of detail.queryPrints) {
        expect(q.foreignProvided).toBe(true);
        expect(q.role).toBe('query');
        expect(q.source).toMatch(/^synthetic: /);
      }
      for (const k of detail.candidates) {
        expect(k.print.role).toBe('holding');
        expect(k.print.foreignProvided).toBe(false);
        expect(k.print.source).toMatch(/^synthetic: /);
      }
    }
  });

  it('ranks candidates, with the mate first where the holdings have one', () => {
    const byRef = new Map(ws.cases.list(scope()).map((c) => [c.reference, ws.cases.get(scope(), c.id)]));
    for (const ref of ['DEMO-001', 'DEMO-002']) {
      const detail = byRef.get(ref)!;
      for (const q of detail.queryPrints) {
        const mine = detail.candidates.filter((k) => k.queryPrintId === q.id);
        expect(mine.map((k) => k.rank)).toEqual([1, 2, 3, 4, 5]);
        const scores = mine.map((k) => k.score);
        expect([...scores].sort((a, b) => b - a)).toEqual(scores);
        // Ground-truth score: minutiae of the same finger visible in both prints.
        expect(mine[0]!.score).toBeGreaterThan(10);
        expect(mine[0]!.print.fingerPosition).toBe(q.fingerPosition);
        expect(mine[1]!.score).toBe(0);
      }
    }
    const none = byRef.get('DEMO-003')!;
    expect(none.candidates.length).toBe(5);
    expect(none.candidates.every((k) => k.score === 0)).toBe(true);
  });

  it('blocks the request whose purpose the agreement does not cover, and does not search it', () => {
    const blocked = ws.cases.list(scope()).find((c) => c.reference === 'DEMO-004')!;
    expect(blocked.purposeCode).not.toBe('CRIM-INV');
    expect(caseBlockOf(ws, blocked.id)).toMatchObject({ purposeCode: blocked.purposeCode, agreedPurposeCodes: ['CRIM-INV', 'MISSING-PERSON'], decision: null });
    expect(blocked.queryPrintCount).toBe(1);
    expect(blocked.candidateCount).toBe(0);
    expect(ws.audit.query({ event: 'case.blocked' })).toMatchObject([{ objects: [`case:${blocked.id}`, `partner:${DEMO_PARTNER.id}`] }]);
  });

  it('stores the ground truth as annotations on every print', () => {
    const detail = ws.cases.get(scope(), summary.caseIds[0]!);
    for (const print of [...detail.queryPrints, ...detail.candidates.map((k) => k.print)]) {
      const annotations = ws.annotations.ofPrint(print.id);
      const minutiae = annotations.filter((a) => a.kind === 'minutia' && a.origin === 'ground-truth');
      expect(minutiae.length).toBeGreaterThan(10);
      for (const a of minutiae) {
        expect(a.author).toBe('synthetic generator');
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.x).toBeLessThan(print.width);
        expect(a.y).toBeLessThan(print.height);
        expect(['ending', 'bifurcation']).toContain(a.minutiaType);
      }
    }
  });

  it('creates one account per role, assigned only the demo partner, and changes nobody else\'s partners', () => {
    expect(summary.accounts.map((a) => [a.username, a.roles])).toEqual([
      ['demo-examiner', ['examiner']],
      ['demo-verifier', ['examiner']],
      ['demo-supervisor', ['supervisor']],
      ['demo-auditor', ['auditor']],
    ]);
    for (const account of summary.accounts) {
      const stored = ws.accounts.users.find(account.username)!;
      expect(stored.partnerIds).toEqual([DEMO_PARTNER.id]);
      expect(stored.mustChangePassword).toBe(true);
      expect(account.initialPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
    }
    expect(new Set(summary.accounts.map((a) => a.initialPassword)).size).toBe(4);
    expect(ws.accounts.users.get(userId).partnerIds).toEqual(['pt_other']);
  });

  it('hands out initial passwords that open only the password change', async () => {
    const account = summary.accounts[0]!;
    const signedIn = await ws.accounts.signIn(account.username, account.initialPassword, 'ws-test');
    expect(signedIn.mustChangePassword).toBe(true);
    await expect(ws.accounts.signIn(account.username, 'not the password', 'ws-test')).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('audits the seeding and each account, never a password', () => {
    const entries = ws.audit.query({ event: 'demo.seeded' });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toMatchObject({ seed: 3, candidateScores: 'ground-truth', synthetic: true, accounts: summary.accounts.map((a) => a.username) });
    expect(ws.audit.query({ event: 'account.created' })).toHaveLength(4);
    const trail = JSON.stringify(ws.audit.query({ limit: 1000 }));
    for (const account of summary.accounts) expect(trail).not.toContain(account.initialPassword);
  });

  it('does nothing the second time', async () => {
    const prints = (ws.db.prepare('SELECT count(*) AS n FROM prints').get() as { n: number }).n;
    const again = await seedDemo(ws, { seed: 3, scoring: 'ground-truth' });
    expect(again.created).toBe(false);
    expect(again.accounts).toEqual([]);
    expect(again.caseIds).toEqual(summary.caseIds);
    expect((ws.db.prepare('SELECT count(*) AS n FROM prints').get() as { n: number }).n).toBe(prints);
    expect(ws.audit.query({ event: 'demo.seeded' })).toHaveLength(1);
  });

  it('seeds once when two calls overlap', { timeout: 240_000 }, async () => {
    const { ws: fresh } = createTestWorkspace();
    try {
      const [a, b] = await Promise.all([seedDemo(fresh, { scoring: 'ground-truth' }), seedDemo(fresh, { scoring: 'ground-truth' })]);
      expect([a.created, b.created].sort()).toEqual([false, true]);
      expect(fresh.cases.list([DEMO_PARTNER.id])).toHaveLength(4);
      expect(fresh.accounts.users.list().map((u) => u.username).sort()).toEqual(['demo-auditor', 'demo-examiner', 'demo-supervisor', 'demo-verifier']);
    } finally {
      fresh.close();
    }
  });

  it('refuses a bad seed with a typed error', async () => {
    const { ws: other } = createTestWorkspace();
    try {
      await expect(seedDemo(other, { seed: -2 })).rejects.toMatchObject({ code: 'invalid-argument' });
    } finally {
      other.close();
    }
  });
});
