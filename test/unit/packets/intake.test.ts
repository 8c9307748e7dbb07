// Packet intake: a signed, encrypted query becomes a case with the partner's
// references, foreign-provided prints and candidates from the holdings; every
// refusal path is typed, audited, and leaves nothing behind.
import * as openpgp from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import { enrolSubject } from '../../../main/core/holdings/enrol';
import { subjectOfPrint } from '../../../main/core/holdings/enrol';
import { intakePacket, type IntakeInput } from '../../../main/core/packets/intake';
import { buildQueryTransaction } from '../../../main/core/packets/make-query';
import type { Workspace } from '../../../main/core/workspace';
import { defaultDecoders } from '../../../main/formats/ansi-nist/decoders';
import type { GrayImage } from '../../../preload/shared/fingerprint';
import { enrolmentTransaction, exchangePartner, syntheticFinger, type ExchangePartner } from '../../helpers/intake-exchange';
import { partnerKeyPair } from '../../helpers/partner-keys';
import { createTestWorkspace } from '../../helpers/workspace';

const actor = { userId: null, username: 'examiner', workstation: 'ws-test-01' };
let mate: { enrolled: GrayImage; query: GrayImage };
let other: { enrolled: GrayImage; query: GrayImage };

beforeAll(() => {
  mate = syntheticFinger(101);
  other = syntheticFinger(202);
});

async function world(): Promise<{ ws: Workspace; partner: ExchangePartner; holdingPrintId: string }> {
  const { ws } = createTestWorkspace();
  const enrolled = await enrolSubject(
    ws,
    actor,
    { fileName: 'h1.an2', bytes: enrolmentTransaction({ tcn: 'H-1', image: mate.enrolled, elements: { 'last-name': 'DOE,JANE', 'date-of-birth': '19800101' } }), enrolledBy: null },
    { decoders: defaultDecoders },
  );
  await enrolSubject(ws, actor, { fileName: 'h2.an2', bytes: enrolmentTransaction({ tcn: 'H-2', image: other.enrolled }), enrolledBy: null }, { decoders: defaultDecoders });
  const partner = await exchangePartner(ws, 'pt_a', [mate.query]);
  return { ws, partner, holdingPrintId: enrolled.printIds[0]! };
}

const input = (bytes: Uint8Array, partnerIds = ['pt_a']): IntakeInput => ({ fileName: 'query.gpg', bytes, partnerIds, receivedBy: null });
const intake = (ws: Workspace, bytes: Uint8Array, partnerIds = ['pt_a']) => intakePacket(ws, actor, input(bytes, partnerIds), { decoders: defaultDecoders });
const count = (ws: Workspace, table: string) => (ws.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function expectRefused(ws: Workspace, bytes: Uint8Array, reason: string, partnerIds = ['pt_a']) {
  const before = { cases: count(ws, 'cases'), prints: count(ws, 'prints'), packets: count(ws, 'packets'), templates: count(ws, 'templates') };
  const error = await intake(ws, bytes, partnerIds).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ code: 'refused', details: { reason } });
  expect({ cases: count(ws, 'cases'), prints: count(ws, 'prints'), packets: count(ws, 'packets'), templates: count(ws, 'templates') }).toEqual(before);
  expect(ws.audit.query({ event: 'packet.refused' })[0]).toMatchObject({ outcome: 'denied', details: { reason, fileName: 'query.gpg' } });
  return error as Error;
}

describe('packet intake', () => {
  it('creates a case with the partner references and purpose, foreign-provided prints, and candidates from the holdings', async () => {
    const { ws, partner, holdingPrintId } = await world();
    const result = await intake(ws, await partner.packet({ tcn: 'PTA-2026-0001', uniqueReference: 'A/77/2026' }));
    expect(result).toMatchObject({ reference: 'PTA-2026-0001', partnerId: 'pt_a', purposeCode: 'CRIM-INV', state: 'received', agreementVersion: 1 });
    expect(result.references).toMatchObject({ tcn: 'PTA-2026-0001', uniqueReference: 'A/77/2026', originatingAgency: 'PT_AORI', destinationAgency: 'RIDGELINE' });
    const detail = ws.cases.get(['pt_a'], result.caseId);
    expect(detail).toMatchObject({ reference: 'PTA-2026-0001', foreignProvided: true, agreementVersion: 1, queryPrintCount: 1 });
    expect(detail.queryPrints.every((p) => p.foreignProvided && p.caseId === result.caseId)).toBe(true);
    // The mate is the first candidate of its query print.
    expect(detail.candidates[0]).toMatchObject({ rank: 1, print: { id: holdingPrintId } });
    expect(subjectOfPrint(ws, holdingPrintId)).toMatchObject({ reference: 'H-1', elements: { 'last-name': 'DOE', 'first-name': 'JANE', 'date-of-birth': '19800101' } });
    expect(ws.db.prepare('SELECT case_id, signer_fingerprint, partner_references FROM packets').get()).toMatchObject({
      case_id: result.caseId,
      signer_fingerprint: result.signerFingerprint,
      partner_references: expect.stringContaining('A/77/2026'),
    });
    expect(ws.audit.query({ event: 'packet.received' })[0]).toMatchObject({ outcome: 'success', details: { tcn: 'PTA-2026-0001', agreementVersion: 1, state: 'received' } });
  });

  it('accepts an armored packet too', async () => {
    const { ws, partner } = await world();
    expect((await intake(ws, await partner.packet({ armor: true }))).state).toBe('received');
  });

  it('blocks a request whose purpose the agreement does not list, without searching it', async () => {
    const { ws, partner } = await world();
    const result = await intake(ws, await partner.packet({ purposeCode: 'VISA-VETTING' }));
    expect(result).toMatchObject({ state: 'blocked', candidateCount: 0 });
    expect(count(ws, 'candidates')).toBe(0);
    expect(count(ws, 'templates')).toBe(2); // the holdings' only: a blocked query is not extracted
  });
});

describe('intake refusals (typed, audited, nothing written)', () => {
  it('unknown sender: signed by a key no agreement of the user’s partners holds', async () => {
    const { ws, partner } = await world();
    const stranger = await partnerKeyPair('stranger');
    await expectRefused(ws, await partner.packet({ signingKey: stranger.privateKey }), 'unknown-sender');
    // A partner the user is not assigned to is an unknown sender to them.
    await expectRefused(ws, await partner.packet(), 'unknown-sender', ['pt_other']);
  });

  it('bad signature: unsigned, or a signature that does not verify', async () => {
    const { ws, partner } = await world();
    const recipient = await openpgp.readKey({ armoredKey: (await ws.workstationKeys.publicKey()).publicKey });
    const content = await buildQueryTransaction({ prints: [{ image: mate.query, fingerPosition: 2 }], tcn: 'X-1', purposeCode: 'CRIM-INV', originatingAgency: 'A', destinationAgency: 'B', compression: 'none' });
    const unsigned = await openpgp.encrypt({ message: await openpgp.createMessage({ binary: content }), encryptionKeys: recipient, format: 'binary' });
    await expectRefused(ws, unsigned as Uint8Array, 'bad-signature');
    // Signed by the partner, then one byte of the signed content altered in transit.
    const signingKey = await openpgp.readPrivateKey({ armoredKey: partner.keys.privateKey });
    const signed = (await openpgp.sign({ message: await openpgp.createMessage({ binary: content }), signingKeys: signingKey, format: 'binary' })) as Uint8Array;
    const at = Buffer.from(signed).indexOf('X-1');
    expect(at).toBeGreaterThan(0);
    signed[at] = 0x59; // 'Y'
    const tampered = await openpgp.encrypt({ message: await openpgp.readMessage({ binaryMessage: signed }), encryptionKeys: recipient, format: 'binary' });
    const error = await expectRefused(ws, tampered as Uint8Array, 'bad-signature');
    expect(error.message).toMatch(/altered/);
  });

  it('wrong recipient key: encrypted to someone else', async () => {
    const { ws, partner } = await world();
    const elsewhere = await partnerKeyPair('another workstation');
    await expectRefused(ws, await partner.packet({ recipientKey: elsewhere.publicKey }), 'wrong-recipient');
  });

  it('corrupt: not OpenPGP, truncated, flipped bytes, or a signed content that is not a transaction', async () => {
    const { ws, partner } = await world();
    await expectRefused(ws, new TextEncoder().encode('1.001:hello'), 'corrupt');
    const good = await partner.packet();
    await expectRefused(ws, good.subarray(0, good.length - 40), 'corrupt');
    const flipped = good.slice();
    flipped[flipped.length - 100] = flipped[flipped.length - 100]! ^ 0xff;
    await expectRefused(ws, flipped, 'corrupt');
    const signingKey = await openpgp.readPrivateKey({ armoredKey: partner.keys.privateKey });
    const recipient = await openpgp.readKey({ armoredKey: (await ws.workstationKeys.publicKey()).publicKey });
    const notNist = await openpgp.encrypt({ message: await openpgp.createMessage({ binary: new TextEncoder().encode('hello, not a transaction') }), encryptionKeys: recipient, signingKeys: signingKey, format: 'binary' });
    await expectRefused(ws, notNist as Uint8Array, 'corrupt');
  });

  it('replayed: the same packet bytes, or the same partner TCN in a new packet', async () => {
    const { ws, partner } = await world();
    const packet = await partner.packet({ tcn: 'PTA-1' });
    await intake(ws, packet);
    const again = await expectRefused(ws, packet, 'replayed');
    expect(again.message).not.toMatch(/pt_a|PTA-1|c_/);
    await expectRefused(ws, await partner.packet({ tcn: 'PTA-1' }), 'replayed');
  });

  it('replayed: the message does not reveal another partner’s packet', async () => {
    const { ws, partner } = await world();
    const packet = await partner.packet({ tcn: 'SECRET-TCN' });
    await intake(ws, packet);
    const error = await expectRefused(ws, packet, 'replayed', ['pt_b']);
    expect(JSON.stringify({ message: error.message, details: (error as unknown as { details: unknown }).details })).not.toMatch(/pt_a|SECRET-TCN|Partner/);
  });

  it('incomplete: a signed transaction without a purpose code', async () => {
    const { ws, partner } = await world();
    await expectRefused(ws, await partner.packet({ purposeCode: '' }), 'incomplete');
  });
});
