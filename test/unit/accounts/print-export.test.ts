// prints.export through the API host: a PNG of the print with its resolution,
// partner-scoped, counted against the daily export limit and audited as a
// release of data; past the limit the account locks until an administrator
// unlocks it with a reason.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { screenPurpose } from '../../../main/core/cases/transitions';
import { decodeImage } from '../../../main/formats/images';
import { analyseCase, testActor } from '../../helpers/examination';
import type { PrintExport } from '../../../preload/contract/prints';
import { call, createAccountsWorld, PASSWORD, WORKSTATION, type AccountsWorld } from './fixtures';

function seedPrints(world: AccountsWorld) {
  const pixels = Uint8Array.from({ length: 12 * 9 }, (_, i) => (i * 37) % 256);
  const common = { fingerPosition: 7, impressionType: 'plain', width: 12, height: 9, ppi: 1000, pixels, source: 'test', foreignProvided: true };
  const caseId = world.ws.cases.create({ reference: 'R-A', partnerId: 'pt_a', purposeCode: 'CRIM-INV', foreignProvided: true });
  const queryId = world.ws.prints.add({ ...common, caseId, partnerId: 'pt_a', role: 'query', label: 'Query L-index' });
  const holdingId = world.ws.prints.add({ ...common, caseId: null, partnerId: null, role: 'holding', label: 'Holding 1', foreignProvided: false });
  world.ws.cases.addCandidate(caseId, queryId, holdingId, 1, 42);
  // A holding is shown (and exportable) through its case only once the query print is analysed.
  analyseCase(world.ws, caseId, testActor(world.ws, ['examiner'], ['pt_a']));
  const otherCase = world.ws.cases.create({ reference: 'R-B', partnerId: 'pt_b', purposeCode: 'CRIM-INV', foreignProvided: true });
  const otherId = world.ws.prints.add({ ...common, caseId: otherCase, partnerId: 'pt_b', role: 'query', label: 'Query B' });
  return { caseId, queryId, holdingId, otherId, pixels };
}

describe('prints.export', () => {
  it('returns the print as a PNG with its resolution and audits the release in the same transaction as the charge', async () => {
    const world = await createAccountsWorld(['examiner']);
    const { caseId, queryId, pixels } = seedPrints(world);
    const examiner = await world.signedIn('examiner');
    const exported = await call<PrintExport>(examiner, 'prints.export', { printId: queryId });
    expect(exported).toMatchObject({ printId: queryId, mediaType: 'image/png', ppi: 1000, width: 12, height: 9, fileName: `ridgeline-print-${queryId}-fgp7.png` });
    const png = exported.png;
    expect(png).toBeInstanceOf(Uint8Array);
    expect(createHash('sha256').update(png).digest('hex')).toBe(exported.sha256);
    const decoded = decodeImage(png);
    expect(decoded).toMatchObject({ format: 'png', width: 12, height: 9, ppiSource: 'file' });
    expect(decoded.ppi).toBeCloseTo(1000, 0);
    expect(Array.from(decoded.pixels)).toEqual(Array.from(pixels));

    const recipient = `file export by examiner at workstation ${WORKSTATION}`;
    const entry = world.ws.audit.query({ event: 'print.exported' })[0];
    expect(entry).toMatchObject({
      username: 'examiner',
      outcome: 'success',
      objects: [`print:${queryId}`, `case:${caseId}`],
      details: { format: 'png', fileSha256: exported.sha256, ppi: 1000 },
      release: { recipient, elements: ['finger image (PNG)', 'resolution (ppi)', 'finger position (file name)'], date: expect.stringMatching(/^2026-11-23T09:00/) },
    });
    expect(world.ws.exports.used(world.userId('examiner'))).toEqual({ prints: 1, records: 0 });
    expect(world.ws.db.prepare('SELECT prints, records, recipient FROM export_ledger').all()).toEqual([{ prints: 1, records: 0, recipient }]);
    // The handler's entry is the only one for the call.
    expect(world.ws.audit.query({ event: 'api.prints.export' })).toHaveLength(0);
  });

  it('exports a holding through a case in scope, and treats a print outside the scope as missing, at no cost', async () => {
    const world = await createAccountsWorld(['supervisor']);
    const { holdingId, otherId } = seedPrints(world);
    const supervisor = await world.signedIn('supervisor');
    expect(await call(supervisor, 'prints.export', { printId: holdingId })).toMatchObject({ printId: holdingId });
    expect(await supervisor.invoke('prints.export', { printId: otherId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await supervisor.invoke('prints.export', { printId: 'p_missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(world.ws.exports.used(world.userId('supervisor'))).toEqual({ prints: 1, records: 0 });
    expect(world.ws.audit.query({ event: 'print.exported' })).toHaveLength(1);
  });

  it('exports nothing of a case blocked at intake, at no cost', async () => {
    const world = await createAccountsWorld(['examiner']);
    const caseId = world.ws.cases.create({ reference: 'R-V', partnerId: 'pt_a', purposeCode: 'VISA', foreignProvided: true });
    screenPurpose(world.ws, { userId: null, username: null, workstation: WORKSTATION }, caseId);
    const printId = world.ws.prints.add({
      caseId, partnerId: 'pt_a', role: 'query', label: 'q', fingerPosition: 1, impressionType: 'plain',
      width: 2, height: 2, ppi: 500, pixels: new Uint8Array(4), source: 'test', foreignProvided: true,
    });
    const examiner = await world.signedIn('examiner');
    expect(await examiner.invoke('prints.export', { printId })).toMatchObject({ ok: false, error: { code: 'conflict', details: { caseId } } });
    expect(world.ws.exports.used(world.userId('examiner'))).toEqual({ prints: 0, records: 0 });
    expect(world.ws.audit.query({ event: 'print.exported' })).toHaveLength(0);
  });

  it('refuses an auditor with forbidden, and audits it', async () => {
    const world = await createAccountsWorld(['auditor']);
    const { queryId } = seedPrints(world);
    const auditor = await world.signedIn('auditor');
    expect(await auditor.invoke('prints.export', { printId: queryId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(world.ws.audit.query({ event: 'access.denied' })[0]).toMatchObject({ username: 'auditor', objects: [`print:${queryId}`], details: { code: 'forbidden', method: 'prints.export' } });
  });

  it('locks the account at the export past the daily limit, until an administrator unlocks it with a reason', async () => {
    const world = await createAccountsWorld(['examiner']);
    const { queryId, holdingId } = seedPrints(world);
    const admin = await world.signedIn('admin');
    await call(admin, 'admin.settings.update', { exportLimitPrintsPerDay: 2 });
    const examiner = await world.signedIn('examiner');
    await call(examiner, 'prints.export', { printId: queryId });
    await call(examiner, 'prints.export', { printId: holdingId }); // at the limit: allowed

    const refused = await examiner.invoke('prints.export', { printId: queryId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'account-locked', details: { cause: 'export-limit' } } });
    expect(world.ws.audit.query({ event: 'print.exported' })).toHaveLength(2);
    expect(world.ws.audit.query({ event: 'export.refused' })[0]).toMatchObject({
      username: 'examiner',
      outcome: 'denied',
      details: { used: { prints: 2, records: 0 }, requested: { prints: 1, records: 0 }, limits: { prints: 2 } },
    });
    expect(world.ws.audit.query({ event: 'account.locked' })[0]).toMatchObject({ details: { cause: 'export-limit' } });
    expect(world.ws.exports.used(world.userId('examiner'))).toEqual({ prints: 2, records: 0 });

    // Locked: the open session is refused and ends; signing in again is refused.
    expect(await examiner.invoke('cases.list', {})).toMatchObject({ ok: false, error: { code: 'account-locked' } });
    expect(await world.host().invoke('auth.signIn', { username: 'examiner', password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'account-locked' } });

    const reason = 'Exports checked with the examiner: court bundle for case R-A';
    await call(admin, 'admin.users.unlock', { userId: world.userId('examiner'), reason });
    expect(world.ws.db.prepare('SELECT unlock_reason FROM account_locks WHERE user_id = ?').get(world.userId('examiner'))).toEqual({ unlock_reason: reason });
    const again = await world.signedIn('examiner');
    expect(await call(again, 'cases.list')).toHaveLength(1);
  });

  it('tells the caller what remains of today\'s allowance, charging and auditing nothing', async () => {
    const world = await createAccountsWorld(['examiner', 'auditor']);
    const { queryId } = seedPrints(world);
    const admin = await world.signedIn('admin');
    await call(admin, 'admin.settings.update', { exportLimitPrintsPerDay: 5 });
    const examiner = await world.signedIn('examiner');
    await call(examiner, 'prints.export', { printId: queryId });
    const allowance = await call(examiner, 'exports.allowance', {});
    expect(allowance).toMatchObject({ prints: { used: 1, limit: 5 }, records: { used: 0 } });
    expect(world.ws.exports.used(world.userId('examiner'))).toEqual({ prints: 1, records: 0 });
    const auditor = await world.signedIn('auditor');
    expect(await auditor.invoke('exports.allowance', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
