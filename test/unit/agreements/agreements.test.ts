// Partner agreements: versioned terms, the partner key, the workstation key,
// permissions and partner scope through the API host, and intake screening
// reading the version in force.
import * as openpgp from 'openpgp';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION } from '../../../main/core/agreements/agreements';
import { deriveKeyPassphrase } from '../../../main/core/agreements/keys';
import { caseBlockOf, screenPurpose } from '../../../main/core/cases/transitions';
import type { AgreementTerms, AgreementVersion } from '../../../preload/contract/agreements';
import { TEST_TERMS } from '../../helpers/agreements';
import { partnerKeyPair } from '../../helpers/partner-keys';
import { createTestWorkspace } from '../../helpers/workspace';
import { call, createAccountsWorld, WORKSTATION } from '../accounts/fixtures';

const system = { userId: null, username: null, workstation: WORKSTATION };
const setArgs = (expectedVersion: number, terms: Partial<AgreementTerms> = {}, partnerId = 'pt_a') => ({
  partnerId,
  expectedVersion,
  terms: { ...TEST_TERMS, ...terms },
  comment: 'Signed arrangement of 2026-11-01',
});

describe('agreements.set (supervisor)', () => {
  it('creates version 1, then a new version per change; old versions stay readable', async () => {
    const world = await createAccountsWorld(['supervisor', 'examiner']);
    const supervisor = await world.signedIn('supervisor');
    const v1 = await call<AgreementVersion>(supervisor, 'agreements.set', setArgs(0));
    expect(v1).toMatchObject({ partnerId: 'pt_a', version: 1, purposeCodes: ['CRIM-INV', 'MISSING-PERSON'], createdBy: 'supervisor', partnerPublicKey: null });
    expect(v1.releasableElements[0]).toEqual({ element: 'last-name', label: 'Last name', category: null });
    const v2 = await call<AgreementVersion>(supervisor, 'agreements.set', setArgs(1, { purposeCodes: ['CRIM-INV'], caveats: ['No onward disclosure.'] }));
    expect(v2).toMatchObject({ version: 2, purposeCodes: ['CRIM-INV'], caveats: ['No onward disclosure.'] });
    expect(await call(supervisor, 'agreements.get', { partnerId: 'pt_a', version: 1 })).toMatchObject({ purposeCodes: ['CRIM-INV', 'MISSING-PERSON'] });
    expect((await call<AgreementVersion[]>(supervisor, 'agreements.history', { partnerId: 'pt_a' })).map((v) => v.version)).toEqual([2, 1]);
    const entries = world.ws.audit.query({ event: 'agreement.changed' });
    expect(entries).toHaveLength(2);
    expect(entries.find((e) => e.details.version === 2)).toMatchObject({ username: 'supervisor', objects: ['partner:pt_a', 'agreement:pt_a@2'], details: { previousVersion: 1 } });
  });

  it('refuses a change based on an outdated version (two supervisors editing at once)', async () => {
    const world = await createAccountsWorld(['supervisor']);
    const supervisor = await world.signedIn('supervisor');
    await call(supervisor, 'agreements.set', setArgs(0));
    expect(await supervisor.invoke('agreements.set', setArgs(0))).toMatchObject({ ok: false, error: { code: 'conflict', details: { currentVersion: 1 } } });
    expect(world.ws.agreements.history('pt_a')).toHaveLength(1);
  });

  it('refuses elements outside the Appendix A catalogue, duplicates and malformed purpose codes', async () => {
    const world = await createAccountsWorld(['supervisor']);
    const supervisor = await world.signedIn('supervisor');
    const bad = await supervisor.invoke('agreements.set', setArgs(0, { releasableElements: [{ element: 'religion', category: null }] }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument', details: { unknown: ['religion'] } } });
    const dup = await supervisor.invoke('agreements.set', setArgs(0, { purposeCodes: ['CRIM-INV', 'CRIM-INV'] }));
    expect(dup).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await supervisor.invoke('agreements.set', setArgs(0, { purposeCodes: ['crim inv'] }))).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const keepForever = { ...DEFAULT_RETENTION, deleteQueryPrintsAfterNoMatch: false };
    expect(await supervisor.invoke('agreements.set', setArgs(0, { retention: keepForever as never }))).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(world.ws.agreements.current('pt_a')).toBeNull();
  });

  it("stores the partner's public key with its fingerprint, and refuses a private key or garbage", async () => {
    const world = await createAccountsWorld(['supervisor']);
    const supervisor = await world.signedIn('supervisor');
    const partner = await partnerKeyPair();
    const v1 = await call<AgreementVersion>(supervisor, 'agreements.set', setArgs(0, { partnerPublicKey: partner.publicKey }));
    const key = await openpgp.readKey({ armoredKey: partner.publicKey });
    expect(v1.partnerKeyFingerprint).toBe(key.getFingerprint().toUpperCase());
    expect(v1.partnerPublicKey).toContain('BEGIN PGP PUBLIC KEY BLOCK');
    expect(await supervisor.invoke('agreements.set', setArgs(1, { partnerPublicKey: partner.privateKey }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('private key') },
    });
    expect(await supervisor.invoke('agreements.set', setArgs(1, { partnerPublicKey: 'not a key' }))).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(world.ws.agreements.history('pt_a')).toHaveLength(1);
  });

  it('is for supervisors only; examiners and auditors read; nobody sees another partner’s agreement', async () => {
    const world = await createAccountsWorld(['supervisor', 'examiner', 'auditor']);
    const supervisor = await world.signedIn('supervisor');
    await call(supervisor, 'agreements.set', setArgs(0));
    for (const role of ['examiner', 'auditor']) {
      const reader = await world.signedIn(role);
      expect(await reader.invoke('agreements.set', setArgs(1))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await call(reader, 'agreements.get', { partnerId: 'pt_a' })).toMatchObject({ version: 1 });
      expect(await call<unknown[]>(reader, 'agreements.list')).toHaveLength(1);
    }
    // pt_b exists but no user is assigned to it: it answers as missing, for reading and for writing.
    expect(await supervisor.invoke('agreements.get', { partnerId: 'pt_b' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await supervisor.invoke('agreements.set', setArgs(0, {}, 'pt_b'))).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(world.ws.audit.query({ event: 'access.denied' }).length).toBeGreaterThanOrEqual(2);
  });

  it('lists the catalogue with its note on categories', async () => {
    const world = await createAccountsWorld(['examiner']);
    const examiner = await world.signedIn('examiner');
    const catalogue = await call<{ elements: unknown[]; note: string; protectedClasses: unknown[] }>(examiner, 'agreements.catalogue');
    expect(catalogue.elements).toHaveLength(49);
    expect(catalogue.note).toMatch(/not from the seed/);
  });
});

describe('intake screening reads the agreement in force', () => {
  it('records the version a case was screened under and blocks by that version', async () => {
    const { ws } = createTestWorkspace();
    ws.partners.add({ id: 'pt_a', name: 'A', country: 'AA' });
    const first = ws.cases.create({ reference: 'R1', partnerId: 'pt_a', purposeCode: 'VISA', foreignProvided: true });
    expect(screenPurpose(ws, system, first)).toBe('blocked');
    expect(caseBlockOf(ws, first)?.reason).toMatch(/no agreement in force/);

    await ws.agreements.set(system, setArgs(0));
    const second = ws.cases.create({ reference: 'R2', partnerId: 'pt_a', purposeCode: 'CRIM-INV', foreignProvided: true });
    expect(screenPurpose(ws, system, second)).toBe('received');
    await ws.agreements.set(system, setArgs(1, { purposeCodes: ['VISA'] }));
    const third = ws.cases.create({ reference: 'R3', partnerId: 'pt_a', purposeCode: 'CRIM-INV', foreignProvided: true });
    expect(screenPurpose(ws, system, third)).toBe('blocked');
    expect(caseBlockOf(ws, third)).toMatchObject({ agreedPurposeCodes: ['VISA'], reason: expect.stringContaining('version 2') });
    expect(ws.cases.summary(['pt_a'], second).agreementVersion).toBe(1);
    expect(ws.cases.summary(['pt_a'], third).agreementVersion).toBe(2);
  });
});

describe('workstation key pair', () => {
  it('is created once; the private key is stored encrypted under a passphrase derived from the database key', async () => {
    const { ws, key } = createTestWorkspace();
    const a = await ws.workstationKeys.publicKey();
    const b = await ws.workstationKeys.publicKey();
    expect(a.fingerprint).toBe(b.fingerprint);
    const row = ws.db.prepare('SELECT encrypted_private_key FROM workstation_keys').get() as { encrypted_private_key: string };
    const stored = await openpgp.readPrivateKey({ armoredKey: row.encrypted_private_key });
    expect(stored.isDecrypted()).toBe(false);
    await expect(openpgp.decryptKey({ privateKey: stored, passphrase: 'guess' })).rejects.toThrow();
    const unlocked = await openpgp.decryptKey({ privateKey: stored, passphrase: deriveKeyPassphrase(key) });
    expect(unlocked.isDecrypted()).toBe(true);
    expect((await ws.workstationKeys.privateKey()).getFingerprint().toUpperCase()).toBe(a.fingerprint);
  });
});
