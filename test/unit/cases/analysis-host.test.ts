// Analysis before comparison, and the state allow-list on every exit, through
// the API host as the renderer calls it.
import { describe, expect, it } from 'vitest';
import { screenPurpose } from '../../../main/core/cases/transitions';
import { createScopedPrintSource } from '../../../main/protocol/print-media';
import { call, createAccountsWorld, type AccountsWorld } from '../accounts/fixtures';

function seedCase(world: AccountsWorld, queryCount = 1, purposeCode = 'CRIM-INV') {
  const pixels = Uint8Array.from({ length: 8 * 8 }, (_, i) => (i * 37) % 256);
  const common = { fingerPosition: 2, impressionType: 'plain', width: 8, height: 8, ppi: 500, pixels, source: 'test', foreignProvided: true };
  const caseId = world.ws.cases.create({ reference: `R-${Math.random()}`, partnerId: 'pt_a', purposeCode, foreignProvided: true });
  const queryIds = Array.from({ length: queryCount }, (_, i) => world.ws.prints.add({ ...common, caseId, partnerId: 'pt_a', role: 'query', label: `Q${i}` }));
  const holdingId = world.ws.prints.add({ ...common, caseId: null, partnerId: null, role: 'holding', label: 'H', foreignProvided: false });
  const candidateId = world.ws.cases.addCandidate(caseId, queryIds[0]!, holdingId, 1, 40);
  return { caseId, queryIds, holdingId, candidateId };
}

describe('analysis.record', () => {
  it('opens comparison once every query print is analysed, makes the caller the examiner and audits each step', async () => {
    const world = await createAccountsWorld(['examiner']);
    const { caseId, queryIds, holdingId } = seedCase(world, 2);
    const examiner = await world.signedIn('examiner');
    const source = createScopedPrintSource(world.ws, () => ['pt_a']);
    expect(() => source.printImage(holdingId)).toThrowError(expect.objectContaining({ code: 'conflict' }));

    const first = await call<{ case: { state: string } }>(examiner, 'analysis.record', { caseId, printId: queryIds[0], value: 'suitable', qualityNotes: 'good clarity in the core' });
    expect(first.case.state).toBe('in-analysis');
    expect(() => source.printImage(holdingId)).toThrowError(expect.objectContaining({ code: 'conflict' }));
    const second = await call<{ case: { state: string } }>(examiner, 'analysis.record', { caseId, printId: queryIds[1], value: 'not-suitable', qualityNotes: 'smudged' });
    expect(second.case.state).toBe('in-comparison');
    expect(source.printImage(holdingId).width).toBe(8);

    const actions = await call<{ callerIsExaminer: boolean; examinerId: string; operations: string[] }>(examiner, 'cases.actions', { caseId });
    expect(actions).toMatchObject({ callerIsExaminer: true, examinerId: world.userId('examiner') });
    expect(actions.operations).toContain('candidates.view');
    expect((await call<unknown[]>(examiner, 'analysis.list', { caseId })).length).toBe(2);
    expect(world.ws.audit.query({ event: 'analysis.recorded' })).toHaveLength(2);
    expect(world.ws.audit.query({ event: 'case.analysis-started' })).toHaveLength(1);
    expect(world.ws.audit.query({ event: 'case.analysed' })[0]).toMatchObject({ details: { from: 'in-analysis', to: 'in-comparison' } });
  });

  it('"not suitable" on every query print ends the examination: concluded, and no candidate is ever shown', async () => {
    const world = await createAccountsWorld(['examiner']);
    const { caseId, queryIds, candidateId, holdingId } = seedCase(world);
    const examiner = await world.signedIn('examiner');
    const result = await call<{ case: { state: string } }>(examiner, 'analysis.record', { caseId, printId: queryIds[0], value: 'not-suitable', qualityNotes: 'no ridge detail' });
    expect(result.case.state).toBe('concluded');
    expect(world.ws.audit.query({ event: 'case.not-suitable' })).toHaveLength(1);
    expect(await examiner.invoke('candidates.correspondences', { candidateId })).toMatchObject({ ok: false, error: { code: 'conflict', details: { rule: 'not-suitable' } } });
    expect(await examiner.invoke('prints.export', { printId: holdingId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('analyses a print once, only on a case in analysis, and answers another partner’s print as missing', async () => {
    const world = await createAccountsWorld(['examiner']);
    const { caseId, queryIds } = seedCase(world);
    const other = seedCase(world);
    const examiner = await world.signedIn('examiner');
    expect(await examiner.invoke('analysis.record', { caseId, printId: other.queryIds[0], value: 'suitable', qualityNotes: '' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await call(examiner, 'analysis.record', { caseId, printId: queryIds[0], value: 'suitable', qualityNotes: '' });
    expect(await examiner.invoke('analysis.record', { caseId, printId: queryIds[0], value: 'suitable', qualityNotes: '' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(world.ws.audit.query({ event: 'case.command-refused' })[0]).toMatchObject({ outcome: 'denied', objects: [`case:${caseId}`] });
  });
});

describe('state allow-list on every exit', () => {
  it('a refused (closed) case exports nothing and shows nothing; a blocked one shows nothing until admitted', async () => {
    const world = await createAccountsWorld(['examiner', 'supervisor']);
    const { caseId, queryIds } = seedCase(world, 1, 'VISA');
    screenPurpose(world.ws, { userId: null, username: null, workstation: 'ws' }, caseId);
    const examiner = await world.signedIn('examiner');
    const supervisor = await world.signedIn('supervisor');
    const source = createScopedPrintSource(world.ws, () => ['pt_a']);
    expect(() => source.printImage(queryIds[0]!)).toThrowError(expect.objectContaining({ code: 'conflict' }));
    expect(await examiner.invoke('prints.annotations', { printId: queryIds[0] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await examiner.invoke('prints.export', { printId: queryIds[0] })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await call(supervisor, 'cases.decideBlocked', { caseId, decision: 'refuse', reason: 'outside the agreement' });
    expect(await supervisor.invoke('prints.export', { printId: queryIds[0] })).toMatchObject({ ok: false, error: { code: 'conflict', details: { state: 'closed', operation: 'prints.export' } } });
    expect(() => source.printImage(queryIds[0]!)).toThrowError(expect.objectContaining({ code: 'conflict' }));
    expect(world.ws.exports.used(world.userId('supervisor'))).toEqual({ prints: 0, records: 0 });
  });
});
