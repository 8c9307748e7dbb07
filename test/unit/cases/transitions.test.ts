// Blocked cases: intake screening against the agreed purposes, and the
// supervisor's decision through the API host (role, partner scope, state, and
// the audit entry in the same transaction as the change).
import { describe, expect, it } from 'vitest';
import { caseBlockOf, decideBlocked, screenPurpose } from '../../../main/core/cases/transitions';
import { setTestAgreement } from '../../helpers/agreements';
import { call, createAccountsWorld, WORKSTATION, type AccountsWorld } from '../accounts/fixtures';

const AGREEMENT = { purposeCodes: ['CRIM-INV', 'MISSING-PERSON'] };

/** The accounts world with partner pt_a's agreement (version 1) in force. */
async function agreedWorld(roles: Parameters<typeof createAccountsWorld>[0]): Promise<AccountsWorld> {
  const world = await createAccountsWorld(roles);
  await setTestAgreement(world.ws, 'pt_a', AGREEMENT);
  return world;
}
const system = { userId: null, username: null, workstation: WORKSTATION };

function blockedCase(world: AccountsWorld, partnerId = 'pt_a', purposeCode = 'IMMIGRATION-VETTING'): string {
  const caseId = world.ws.cases.create({ reference: `R-${purposeCode}`, partnerId, purposeCode, foreignProvided: true });
  expect(screenPurpose(world.ws, system, caseId)).toBe('blocked');
  return caseId;
}

describe('intake screening', () => {
  it('blocks a case whose purpose code the agreement does not list, keeping why, and audits it', async () => {
    const world = await agreedWorld([]);
    const caseId = blockedCase(world);
    expect(world.ws.cases.summary(['pt_a'], caseId).state).toBe('blocked');
    expect(caseBlockOf(world.ws, caseId)).toMatchObject({
      purposeCode: 'IMMIGRATION-VETTING',
      agreedPurposeCodes: AGREEMENT.purposeCodes,
      reason: expect.stringContaining('IMMIGRATION-VETTING is not in the partner'),
      decision: null,
    });
    expect(world.ws.audit.query({ event: 'case.blocked' })[0]).toMatchObject({ objects: [`case:${caseId}`, 'partner:pt_a'], details: { from: 'received', to: 'blocked' } });
  });

  it('leaves a case within the agreement received, with no block and no entry', async () => {
    const world = await agreedWorld([]);
    const caseId = world.ws.cases.create({ reference: 'R', partnerId: 'pt_a', purposeCode: 'CRIM-INV', foreignProvided: true });
    expect(screenPurpose(world.ws, system, caseId)).toBe('received');
    expect(caseBlockOf(world.ws, caseId)).toBeNull();
    expect(world.ws.audit.query({ event: 'case.blocked' })).toHaveLength(0);
  });

  it('screens a case once: a blocked case is no longer received', async () => {
    const world = await agreedWorld([]);
    const caseId = blockedCase(world);
    expect(() => screenPurpose(world.ws, system, caseId)).toThrowError(expect.objectContaining({ code: 'conflict' }));
    expect(() => screenPurpose(world.ws, system, 'c_missing')).toThrowError(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('cases.decideBlocked', () => {
  it('admits a blocked case into analysis, recording the decision and its reason', async () => {
    const world = await agreedWorld(['supervisor']);
    const caseId = blockedCase(world);
    const supervisor = await world.signedIn('supervisor');
    const reason = 'Vetting request tied to an open criminal investigation; confirmed by the liaison officer';
    const summary = await call<{ state: string }>(supervisor, 'cases.decideBlocked', { caseId, decision: 'admit', reason });
    expect(summary.state).toBe('in-analysis');
    expect(caseBlockOf(world.ws, caseId)).toMatchObject({ decision: 'admit', decisionReason: reason });
    expect(world.ws.db.prepare('SELECT decided_by FROM case_blocks WHERE case_id = ?').get(caseId)).toEqual({ decided_by: world.userId('supervisor') });
    const entry = world.ws.audit.query({ event: 'case.admitted' })[0];
    expect(entry).toMatchObject({ username: 'supervisor', outcome: 'success', objects: [`case:${caseId}`, 'partner:pt_a'], details: { from: 'blocked', to: 'in-analysis', reason } });
    // The handler's own entry is the only one: the host adds no generic api.* entry.
    expect(world.ws.audit.query({ event: 'api.cases.decide-blocked' })).toHaveLength(0);
    const detail = await call<{ block: { decision: string } | null }>(supervisor, 'cases.get', { caseId });
    expect(detail.block).toMatchObject({ decision: 'admit', decisionReason: reason });
  });

  it('refuses a blocked case: the case closes', async () => {
    const world = await agreedWorld(['supervisor']);
    const caseId = blockedCase(world);
    const supervisor = await world.signedIn('supervisor');
    expect(await call(supervisor, 'cases.decideBlocked', { caseId, decision: 'refuse', reason: 'Outside the agreement; partner informed' })).toMatchObject({ state: 'closed' });
    expect(world.ws.audit.query({ event: 'case.refused' })[0]).toMatchObject({ details: { to: 'closed', decision: 'refuse' } });
  });

  it('refuses an examiner with forbidden, audits the attempt and leaves the case blocked', async () => {
    const world = await agreedWorld(['examiner']);
    const caseId = blockedCase(world);
    const examiner = await world.signedIn('examiner');
    const result = await examiner.invoke('cases.decideBlocked', { caseId, decision: 'admit', reason: 'I think it is fine' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', details: { method: 'cases.decideBlocked' } } });
    expect(world.ws.audit.query({ event: 'access.denied' })[0]).toMatchObject({ username: 'examiner', objects: [`case:${caseId}`], details: { code: 'forbidden' } });
    expect(world.ws.cases.summary(['pt_a'], caseId).state).toBe('blocked');
  });

  it('checks the role in core too, for callers that do not go through the registry', async () => {
    const world = await agreedWorld(['examiner']);
    const caseId = blockedCase(world);
    const actor = { userId: world.userId('examiner'), username: 'examiner', workstation: WORKSTATION, roles: ['examiner'] as const, partnerIds: ['pt_a'] };
    expect(() => decideBlocked(world.ws, actor, { caseId, decision: 'admit', reason: 'x' })).toThrowError(expect.objectContaining({ code: 'forbidden' }));
  });

  it('answers not-found for a case outside the supervisor’s partners, and changes nothing', async () => {
    const world = await agreedWorld(['supervisor']);
    const caseId = blockedCase(world, 'pt_b');
    const supervisor = await world.signedIn('supervisor');
    expect(await supervisor.invoke('cases.decideBlocked', { caseId, decision: 'admit', reason: 'r' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(world.ws.cases.summary(['pt_b'], caseId).state).toBe('blocked');
    expect(world.ws.audit.query({ event: 'case.admitted' })).toHaveLength(0);
  });

  it('answers conflict for a case that is not blocked, or already decided', async () => {
    const world = await agreedWorld(['supervisor']);
    const received = world.ws.cases.create({ reference: 'R', partnerId: 'pt_a', purposeCode: 'CRIM-INV', foreignProvided: true });
    const caseId = blockedCase(world);
    const supervisor = await world.signedIn('supervisor');
    expect(await supervisor.invoke('cases.decideBlocked', { caseId: received, decision: 'admit', reason: 'r' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await call(supervisor, 'cases.decideBlocked', { caseId, decision: 'refuse', reason: 'no' });
    expect(await supervisor.invoke('cases.decideBlocked', { caseId, decision: 'admit', reason: 'changed my mind' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(caseBlockOf(world.ws, caseId)).toMatchObject({ decision: 'refuse', decisionReason: 'no' });
  });

  it('needs a reason', async () => {
    const world = await agreedWorld(['supervisor']);
    const caseId = blockedCase(world);
    const supervisor = await world.signedIn('supervisor');
    expect(await supervisor.invoke('cases.decideBlocked', { caseId, decision: 'admit', reason: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await supervisor.invoke('cases.decideBlocked', { caseId, decision: 'later', reason: 'r' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('rolls the state change back when its audit entry cannot be written', async () => {
    const world = await agreedWorld(['supervisor']);
    const caseId = blockedCase(world);
    const actor = { userId: world.userId('supervisor'), username: 'supervisor', workstation: WORKSTATION, roles: ['supervisor'] as const, partnerIds: ['pt_a'] };
    const record = world.ws.audit.record;
    world.ws.audit.record = () => {
      throw new Error('audit store unavailable');
    };
    try {
      expect(() => decideBlocked(world.ws, actor, { caseId, decision: 'admit', reason: 'r' })).toThrow('audit store unavailable');
    } finally {
      world.ws.audit.record = record;
    }
    expect(world.ws.cases.summary(['pt_a'], caseId).state).toBe('blocked');
    expect(caseBlockOf(world.ws, caseId)?.decision).toBeNull();
  });
});
