// The known defect: a blocked case that a supervisor admits was never searched.
// Admission now searches the holdings, once, and audits it.
import { describe, expect, it } from 'vitest';
import { enrolSubject } from '../../../main/core/holdings/enrol';
import { intakePacket } from '../../../main/core/packets/intake';
import { defaultDecoders } from '../../../main/formats/ansi-nist/decoders';
import { enrolmentTransaction, exchangePartner, syntheticFinger } from '../../helpers/intake-exchange';
import { call, createAccountsWorld } from '../accounts/fixtures';

describe('admitting a blocked case', () => {
  it('searches the holdings: the admitted case gets its candidates, mate first', async () => {
    const world = await createAccountsWorld(['supervisor']);
    const ws = world.ws;
    const finger = syntheticFinger(303);
    const actor = { userId: null, username: 'test', workstation: 'ws-test-01' };
    const holding = await enrolSubject(ws, actor, { fileName: 'h.an2', bytes: enrolmentTransaction({ tcn: 'H-9', image: finger.enrolled }), enrolledBy: null }, { decoders: defaultDecoders });
    const partner = await exchangePartner(ws, 'pt_a', [finger.query]);
    const intake = await intakePacket(ws, actor, { fileName: 'q.gpg', bytes: await partner.packet({ purposeCode: 'VISA-VETTING' }), partnerIds: ['pt_a'], receivedBy: null }, { decoders: defaultDecoders });
    expect(intake).toMatchObject({ state: 'blocked', candidateCount: 0 });

    const supervisor = await world.signedIn('supervisor');
    const summary = await call<{ state: string; candidateCount: number }>(supervisor, 'cases.decideBlocked', { caseId: intake.caseId, decision: 'admit', reason: 'Confirmed criminal investigation by the liaison officer' });
    expect(summary).toMatchObject({ state: 'in-analysis' });
    expect(summary.candidateCount).toBeGreaterThan(0);
    expect(ws.cases.get(['pt_a'], intake.caseId).candidates[0]).toMatchObject({ rank: 1, print: { id: holding.printIds[0] } });
    expect(ws.audit.query({ event: 'case.searched' })[0]).toMatchObject({ outcome: 'success', details: { trigger: 'admitted' } });
  });
});
