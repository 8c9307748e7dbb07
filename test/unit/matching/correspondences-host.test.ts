// candidates.correspondences through the API host: the partner scope of the
// candidate's case decides, and a candidate outside it answers like a missing one.
import { describe, expect, it } from 'vitest';
import { screenPurpose } from '../../../main/core/cases/transitions';
import type { Workspace } from '../../../main/core/workspace';
import { generateMasterFinger, renderImpression } from '../../../main/core/synthetic';
import { analyseCase, testActor } from '../../helpers/examination';
import { call, createAccountsWorld } from '../accounts/fixtures';

/** A case of `partnerId` with one query print and one mated candidate; returns the candidate id. */
function seedCandidate(ws: Workspace, partnerId: string, purposeCode = 'P', analysed = true): string {
  const finger = generateMasterFinger({ seed: 77 });
  const caseId = ws.cases.create({ reference: `R-${partnerId}-${purposeCode}`, partnerId, purposeCode, foreignProvided: false });
  const add = (seed: number, role: 'query' | 'holding') => {
    const { image } = renderImpression(finger, { seed, noise: 3 });
    return ws.prints.add({
      caseId: role === 'query' ? caseId : null,
      partnerId: role === 'query' ? partnerId : null,
      role,
      label: `${role} ${seed}`,
      fingerPosition: 2,
      impressionType: 'plain',
      width: image.width,
      height: image.height,
      ppi: image.ppi,
      pixels: image.pixels,
      source: 'synthetic',
      foreignProvided: false,
    });
  };
  const queryPrintId = add(1, 'query');
  const candidateId = ws.cases.addCandidate(caseId, queryPrintId, add(2, 'holding'), 1, 0);
  if (analysed) analyseCase(ws, caseId, testActor(ws, ['examiner'], [partnerId]));
  return candidateId;
}

describe('candidates.correspondences through the host', () => {
  it('answers a candidate in scope and not-found for one outside it or missing; audits the read', async () => {
    const world = await createAccountsWorld(['examiner']);
    const inScope = seedCandidate(world.ws, 'pt_a');
    const outOfScope = seedCandidate(world.ws, 'pt_b');
    const host = await world.signedIn('examiner');

    const result = await call<{ pairs: unknown[]; aboveThreshold: boolean }>(host, 'candidates.correspondences', { candidateId: inScope });
    expect(result.aboveThreshold).toBe(true);
    expect(result.pairs.length).toBeGreaterThan(0);

    const hidden = await host.invoke('candidates.correspondences', { candidateId: outOfScope });
    const missing = await host.invoke('candidates.correspondences', { candidateId: 'k_missing' });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // Out of scope and missing are indistinguishable, message included.
    expect(JSON.stringify(hidden).replaceAll(outOfScope, 'ID')).toBe(JSON.stringify(missing).replaceAll('k_missing', 'ID'));

    const reads = world.ws.audit.query({}).filter((e) => e.event === 'candidate.read')
      .sort((a, b) => a.seq - b.seq);
    // The read is audited before anything is produced (host.ts); a refused one gets its error entry after.
    expect(reads.map((e) => [e.outcome, e.objects])).toEqual([
      ['success', [`candidate:${inScope}`]],
      ['success', [`candidate:${outOfScope}`]],
      ['error', [`candidate:${outOfScope}`]],
      ['success', ['candidate:k_missing']],
      ['error', ['candidate:k_missing']],
    ]);
  });

  it('does not compare the prints of a case blocked at intake', async () => {
    const world = await createAccountsWorld(['examiner']);
    const candidateId = seedCandidate(world.ws, 'pt_a', 'NOT-AGREED', false);
    const caseId = world.ws.cases.list(['pt_a'])[0]!.id;
    screenPurpose(world.ws, { userId: null, username: null, workstation: 'ws-test-01' }, caseId);
    const host = await world.signedIn('examiner');
    expect(await host.invoke('candidates.correspondences', { candidateId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('proposes nothing before the query print is analysed (analysis before comparison)', async () => {
    const world = await createAccountsWorld(['examiner']);
    const candidateId = seedCandidate(world.ws, 'pt_a', 'P', false);
    const host = await world.signedIn('examiner');
    expect(await host.invoke('candidates.correspondences', { candidateId })).toMatchObject({ ok: false, error: { code: 'conflict', details: { operation: 'candidates.view', state: 'received' } } });
  });

  it('refuses without a session', async () => {
    const world = await createAccountsWorld([]);
    const candidateId = seedCandidate(world.ws, 'pt_a');
    expect(await world.host().invoke('candidates.correspondences', { candidateId })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });
});
