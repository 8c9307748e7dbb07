// The outbound half of the exchange in core: a verified case is drafted into a
// response filtered by the agreement, approved by an independent supervisor
// bound to the content hash, released signed and encrypted to the partner,
// opened with the partner's key exactly as the partner would; after "no
// match" the query prints are purged. A protected subject's "no match" is the
// same bytes, size and audit details as a real one.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';

import { contentSha256 } from '../../../main/core/disclosures/content';
import { approveDisclosure, currentDisclosure, draftDisclosure, returnDisclosure } from '../../../main/core/disclosures/disclosures';
import { RidgelineError } from '../../../main/core/errors';
import { openResponse } from '../../../main/core/releases/envelope';
import { releaseDisclosure } from '../../../main/core/releases/release';
import { readResponse } from '../../../main/core/releases/transaction';
import { exchangeScene, subject, verifiedCase, type ExchangeScene } from '../../helpers/exchange';

const NOW = new Date('2026-11-28T10:00:00Z');
let scenes: ExchangeScene[] = [];
afterEach(() => {
  for (const s of scenes) s.ws.close();
  scenes = [];
});

async function scene(...args: Parameters<typeof exchangeScene>) {
  const s = await exchangeScene(...args);
  scenes.push(s);
  return s;
}

async function expectCode(run: () => unknown, code: string) {
  const error = await Promise.resolve()
    .then(run)
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(RidgelineError);
  expect((error as RidgelineError).code).toBe(code);
}

async function open(s: ExchangeScene, file: string) {
  const sender = (await s.ws.workstationKeys.publicKey()).publicKey;
  const opened = await openResponse(new Uint8Array(fs.readFileSync(file)), { partnerPrivateKey: s.partner.privateKey, senderPublicKey: sender });
  return { ...readResponse(opened.transaction), transaction: opened.transaction };
}

describe('drafting', () => {
  it('releases only the elements the agreement allows and names every withheld one with its rule', async () => {
    const s = await scene();
    const caseId = verifiedCase(s, 'TCN-100');
    const d = draftDisclosure(s.ws, s.users.examiner, caseId, { kind: 'identification', subject: subject() }, NOW);
    expect(d.answer).toBe('match');
    expect(d.content.elements.map((e) => [e.element, e.value])).toEqual([
      ['last-name', 'OKAFOR'],
      ['first-name', 'ADA'],
      ['date-of-birth', '19800214'],
    ]);
    expect(d.withheld.map((w) => w.element)).toEqual(['passport-nationality', 'watchlist-indicator']);
    expect(d.withheld[0]!.rule).toMatch(/not a releasable element of the agreement with pa, version 1/);
    // Withheld values never enter the draft.
    expect(JSON.stringify(d)).not.toContain('NGA');
    expect(d.content.caveats).toEqual(['For the stated purpose only.']);
    expect(d.contentSha256).toBe(contentSha256(d.serializedContent));
    expect(s.ws.db.prepare('SELECT state FROM cases WHERE id = ?').pluck().get(caseId)).toBe('disclosure-drafted');
  });

  it('refuses a case that is not verified', async () => {
    const s = await scene();
    const caseId = verifiedCase(s, 'TCN-101');
    s.ws.db.prepare("UPDATE cases SET state = 'in-comparison' WHERE id = ?").run(caseId);
    await expectCode(() => draftDisclosure(s.ws, s.users.examiner, caseId, { kind: 'exclusion' }), 'conflict');
    expect(currentDisclosure(s.ws, s.users.supervisor, caseId)).toBeNull();
  });
});

describe('a protected subject', () => {
  // Two workstations in the same state: one excluded every candidate, the other identified a VAWA self-petitioner.
  async function both() {
    const real = await scene();
    const prot = await scene();
    // Same partner key on both sides so the sealed sizes are comparable.
    const realCase = verifiedCase(real, 'TCN-200');
    const protCase = verifiedCase(prot, 'TCN-200');
    const a = draftDisclosure(real.ws, real.users.examiner, realCase, { kind: 'exclusion' }, NOW);
    const b = draftDisclosure(prot.ws, prot.users.examiner, protCase, { kind: 'identification', subject: subject({ protectedClasses: ['vawa'] }) }, NOW);
    return { real, prot, realCase, protCase, a, b };
  }

  it('gets "no match" byte for byte in the same form as a real no match, with the reason only in the restricted field', async () => {
    const { real, prot, realCase, protCase, a, b } = await both();
    expect(b.answer).toBe('no-match');
    expect(b.serializedContent).toBe(a.serializedContent);
    expect(b.contentSha256).toBe(a.contentSha256);
    expect(b.withheld).toEqual(a.withheld);
    // The drafting examiner does not read the reason; supervisors and auditors do.
    expect(b.restrictedReason).toBeNull();
    expect(currentDisclosure(prot.ws, prot.users.supervisor, protCase)!.restrictedReason).toMatch(/protected class.*VAWA/);
    expect(currentDisclosure(real.ws, real.users.supervisor, realCase)!.restrictedReason).toBeNull();
    // Examiners (of any partner) never read the reason.
    expect(currentDisclosure(prot.ws, prot.users.otherExaminer, protCase)!.restrictedReason).toBeNull();
    expect(currentDisclosure(prot.ws, prot.users.examiner, protCase)!.restrictedReason).toBeNull();
    expect(currentDisclosure(prot.ws, prot.users.auditor, protCase)!.restrictedReason).toMatch(/VAWA/);
    // The drafting audit entries carry the same details.
    const entry = (s: ExchangeScene) => s.ws.audit.query({ event: 'disclosure.drafted' })[0]!;
    expect(entry(prot).details).toEqual(entry(real).details);
    expect(JSON.stringify(prot.ws.audit.query({ limit: 1000 }))).not.toMatch(/vawa|VAWA|protected/);

    // Released: the transactions are identical bytes; the sealed files the same size.
    for (const [s, caseId, d] of [[real, realCase, a], [prot, protCase, b]] as const) {
      approveDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, contentSha256: d.contentSha256, comment: '' }, NOW);
      void caseId;
    }
    const ra = await releaseDisclosure(real.ws, real.users.supervisor, { disclosureId: a.id, outboxDir: real.outbox }, NOW);
    const rb = await releaseDisclosure(prot.ws, prot.users.supervisor, { disclosureId: b.id, outboxDir: prot.outbox }, NOW);
    const oa = await open(real, ra.file);
    const ob = await open(prot, rb.file);
    expect(Buffer.from(ob.transaction).equals(Buffer.from(oa.transaction))).toBe(true);
    expect(Math.abs(rb.fileSize - ra.fileSize)).toBeLessThanOrEqual(0);
    expect(rb.elements).toEqual(ra.elements);
    const sent = (s: ExchangeScene) => s.ws.audit.query({ event: 'release.sent' })[0]!;
    expect(sent(prot).release).toEqual(sent(real).release);
    expect({ ...sent(prot).details, fileSha256: null }).toEqual({ ...sent(real).details, fileSha256: null });
    // Both purged the query prints.
    expect(rb.purge?.prints).toHaveLength(1);
    expect(ra.purge?.prints).toHaveLength(1);
  });
});

describe('approval', () => {
  it('is decided by a supervisor who neither examined, verified nor drafted the case', async () => {
    const s = await scene();
    const caseId = verifiedCase(s, 'TCN-300');
    s.ws.db.prepare('UPDATE cases SET state = ? WHERE id = ?').run('verified', caseId);
    const d = draftDisclosure(s.ws, s.users.supervisor, caseId, { kind: 'identification', subject: subject() }, NOW);
    await expectCode(() => approveDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, contentSha256: d.contentSha256, comment: '' }), 'forbidden');
    await expectCode(() => approveDisclosure(s.ws, s.users.examiner, { disclosureId: d.id, contentSha256: d.contentSha256, comment: '' }), 'forbidden');
    const approved = approveDisclosure(s.ws, s.users.supervisor2, { disclosureId: d.id, contentSha256: d.contentSha256, comment: 'ok' }, NOW);
    expect(approved.status).toBe('approved');
    expect(approved.decisions).toEqual([expect.objectContaining({ decision: 'approved', contentSha256: d.contentSha256 })]);
  });

  it('is bound to the hash it was shown: a changed content voids it, and nothing leaves unapproved', async () => {
    const s = await scene();
    const caseId = verifiedCase(s, 'TCN-301');
    const d = draftDisclosure(s.ws, s.users.examiner, caseId, { kind: 'identification', subject: subject() }, NOW);
    await expectCode(() => releaseDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, outboxDir: s.outbox }), 'conflict');
    await expectCode(() => approveDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, contentSha256: 'f'.repeat(64), comment: '' }), 'conflict');
    approveDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, contentSha256: d.contentSha256, comment: '' }, NOW);
    // Someone with the database changes one character of the approved content.
    s.ws.db.prepare('UPDATE disclosures SET content = replace(content, ?, ?) WHERE id = ?').run('OKAFOR', 'OKAFOX', d.id);
    await expectCode(() => releaseDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, outboxDir: s.outbox }), 'conflict');
    // ... or rewrites content and hash together: the approval names the old hash.
    const forged = d.serializedContent.replace('OKAFOR', 'OKAFOX');
    s.ws.db.prepare('UPDATE disclosures SET content = ?, content_sha256 = ? WHERE id = ?').run(forged, contentSha256(forged), d.id);
    await expectCode(() => releaseDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, outboxDir: s.outbox }), 'conflict');
    expect(fs.readdirSync(s.outbox)).toEqual([]);
  });

  it('returns with a comment, and a new draft needs a new approval', async () => {
    const s = await scene();
    const caseId = verifiedCase(s, 'TCN-302');
    const d = draftDisclosure(s.ws, s.users.examiner, caseId, { kind: 'identification', subject: subject() }, NOW);
    await expectCode(() => returnDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, contentSha256: d.contentSha256, comment: ' ' }), 'invalid-argument');
    const returned = returnDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, contentSha256: d.contentSha256, comment: 'Check the date of birth' }, NOW);
    expect(returned.status).toBe('returned');
    expect(s.ws.db.prepare('SELECT state FROM cases WHERE id = ?').pluck().get(caseId)).toBe('returned');
    const again = draftDisclosure(s.ws, s.users.examiner, caseId, { kind: 'identification', subject: subject() }, NOW);
    expect(again.revision).toBe(2);
    await expectCode(() => approveDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, contentSha256: d.contentSha256, comment: '' }), 'conflict');
  });
});

describe('release', () => {
  it('writes a signed, encrypted ANSI/NIST response holding exactly the allowed elements and caveats, logged as IBIS requires', async () => {
    const s = await scene();
    const caseId = verifiedCase(s, 'TCN-400');
    const d = draftDisclosure(s.ws, s.users.examiner, caseId, { kind: 'identification', subject: subject() }, NOW);
    approveDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, contentSha256: d.contentSha256, comment: '' }, NOW);
    const r = await releaseDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, outboxDir: s.outbox }, NOW);
    expect(fs.readdirSync(s.outbox)).toEqual([r.file.split('/').pop()]);
    const response = await open(s, r.file);
    expect(response).toMatchObject({ answer: 'match', inReplyTo: 'TCN-400', date: '20261128', origin: 'RIDGELINE', destination: 'pa', caveats: ['For the stated purpose only.'], agreement: { partnerId: 'pa', version: 1 }, otherFields: [], images: [] });
    expect(response.elements.map((e) => [e.element, e.value]).sort()).toEqual([
      ['date-of-birth', '19800214'],
      ['first-name', 'ADA'],
      ['last-name', 'OKAFOR'],
    ]);
    expect(Buffer.from(response.transaction).toString('latin1')).not.toMatch(/NGA|WATCH/);
    // Encrypted: the file holds none of it in clear.
    expect(fs.readFileSync(r.file).toString('latin1')).not.toContain('OKAFOR');
    const entry = s.ws.audit.query({ event: 'release.sent' })[0]!;
    expect(entry.release).toEqual({ recipient: 'pa (agency pa)', elements: ['Match or No match', 'Last name', 'First name, if not included in ‘Last name’', 'Date of birth', 'Caveats'], date: NOW.toISOString() });
    expect(s.ws.db.prepare('SELECT state FROM cases WHERE id = ?').pluck().get(caseId)).toBe('released');
    expect(r.purge).toBeNull(); // a match keeps its prints unless the agreement says otherwise
    // Released once.
    await expectCode(() => releaseDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, outboxDir: s.outbox }), 'conflict');
  });

  it('after "no match" purges the query prints and keeps the non-biometric record', async () => {
    const s = await scene();
    const caseId = verifiedCase(s, 'TCN-401');
    const d = draftDisclosure(s.ws, s.users.examiner, caseId, { kind: 'exclusion' }, NOW);
    approveDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, contentSha256: d.contentSha256, comment: '' }, NOW);
    const r = await releaseDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, outboxDir: s.outbox }, NOW);
    expect(r.purge).toMatchObject({ rule: expect.stringMatching(/no match/), removed: { prints: 1 } });
    expect(s.ws.db.prepare('SELECT state FROM cases WHERE id = ?').pluck().get(caseId)).toBe('purged');
    expect(s.ws.db.prepare('SELECT count(*) FROM prints WHERE case_id = ?').pluck().get(caseId)).toBe(0);
    expect(currentDisclosure(s.ws, s.users.auditor, caseId)!.status).toBe('released');
    const response = await open(s, r.file);
    expect(response).toMatchObject({ answer: 'no-match', elements: [], caveats: ['For the stated purpose only.'] });
  });

  it('refuses a partner without a key, and a wrong partner key cannot open the file', async () => {
    const s = await scene();
    const caseId = verifiedCase(s, 'TCN-402');
    const d = draftDisclosure(s.ws, s.users.examiner, caseId, { kind: 'exclusion' }, NOW);
    approveDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, contentSha256: d.contentSha256, comment: '' }, NOW);
    const r = await releaseDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, outboxDir: s.outbox }, NOW);
    const stranger = await (await import('../../helpers/partner-keys')).partnerKeyPair('stranger');
    const sender = (await s.ws.workstationKeys.publicKey()).publicKey;
    await expectCode(() => openResponse(new Uint8Array(fs.readFileSync(r.file)), { partnerPrivateKey: stranger.privateKey, senderPublicKey: sender }), 'wrong-key');
    await expectCode(() => openResponse(new Uint8Array(fs.readFileSync(r.file)), { partnerPrivateKey: s.partner.privateKey, senderPublicKey: stranger.publicKey }), 'bad-file');
  });
});
