// Notices of inaccurate data through the API host: the 48-hour clock, overdue
// notices, the four resolutions and the flags they leave, scope and roles.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CorrectionNotice, DataFlag } from '../../../preload/contract/oversight';
import { call, createAccountsWorld, type AccountsWorld } from '../accounts/fixtures';

let world: AccountsWorld;
let caseId: string;
let otherPartnerCase: string;

beforeEach(async () => {
  world = await createAccountsWorld(['examiner', 'supervisor', 'auditor']);
  caseId = world.ws.cases.create({ reference: 'Q-1', partnerId: 'pt_a', purposeCode: 'VISA', foreignProvided: true });
  otherPartnerCase = world.ws.cases.create({ reference: 'Q-2', partnerId: 'pt_b', purposeCode: 'VISA', foreignProvided: true });
});

const record = async (username = 'examiner', subjectId = caseId) =>
  call<CorrectionNotice>(await world.signedIn(username), 'corrections.record', {
    source: 'partner',
    subjectKind: 'case',
    subjectId,
    description: 'Partner reports the date of birth on the query was transposed',
  });

describe('correction notices', () => {
  it('start a 48-hour clock when recorded, and are audited', async () => {
    const notice = await record();
    expect(Date.parse(notice.dueAt) - Date.parse(notice.noticedAt)).toBe(48 * 3600_000);
    expect(notice.overdue).toBe(false);
    const entry = [...world.ws.audit.entries()].find((e) => e.event === 'correction.recorded');
    expect(entry?.objects).toContain(`case:${caseId}`);
  });

  it('become overdue after 48 hours and show on every supervisor list until resolved', async () => {
    const notice = await record();
    world.clock.advance(47 * 60);
    let supervisor = await world.signedIn('supervisor');
    expect((await call<{ notices: CorrectionNotice[] }>(supervisor, 'corrections.list', { overdueOnly: true })).notices).toEqual([]);
    world.clock.advance(2 * 60);
    supervisor = await world.signedIn('supervisor');
    const overdue = (await call<{ notices: CorrectionNotice[] }>(supervisor, 'corrections.list', { overdueOnly: true })).notices;
    expect(overdue.map((n) => n.id)).toEqual([notice.id]);
    expect(overdue[0]!.overdue).toBe(true);
    await call(supervisor, 'corrections.resolve', { noticeId: notice.id, action: 'annotated', resolution: 'Date of birth is disputed' });
    expect((await call<{ notices: CorrectionNotice[] }>(supervisor, 'corrections.list', { overdueOnly: true })).notices).toEqual([]);
    const late = [...world.ws.audit.entries()].find((e) => e.event === 'correction.resolved');
    expect(late?.details).toMatchObject({ action: 'annotated', late: true });
  });

  it('leave an annotation or a block that every later view of the data shows', async () => {
    const supervisor = await world.signedIn('supervisor');
    const first = await record();
    await call(supervisor, 'corrections.resolve', { noticeId: first.id, action: 'corrected', resolution: 'Date of birth corrected to 1980-02-01' });
    const second = await record();
    await call(supervisor, 'corrections.resolve', { noticeId: second.id, action: 'blocked', resolution: 'Identity in doubt; do not rely on it' });
    const examiner = await world.signedIn('examiner');
    const { flags } = await call<{ flags: DataFlag[] }>(examiner, 'flags.of', { objectKind: 'case', objectId: caseId });
    expect(flags.map((f) => [f.flag, f.text])).toEqual([
      ['annotated', 'Corrected: Date of birth corrected to 1980-02-01'],
      ['blocked', 'Identity in doubt; do not rely on it'],
    ]);
    expect(world.ws.flags.isBlocked('case', caseId)).toBe(true);
  });

  it('are resolved once, by a supervisor only', async () => {
    const notice = await record();
    const examiner = await world.signedIn('examiner');
    const refused = await examiner.invoke('corrections.resolve', { noticeId: notice.id, action: 'blocked', resolution: 'x' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const supervisor = await world.signedIn('supervisor');
    await call(supervisor, 'corrections.resolve', { noticeId: notice.id, action: 'annotated', resolution: 'noted' });
    const again = await supervisor.invoke('corrections.resolve', { noticeId: notice.id, action: 'blocked', resolution: 'again' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('answer a case outside the scope exactly like a missing one', async () => {
    const examiner = await world.signedIn('examiner');
    const args = (subjectId: string) => ({ source: 'internal', subjectKind: 'case', subjectId, description: 'wrong' });
    const outside = await examiner.invoke('corrections.record', args(otherPartnerCase));
    const missing = await examiner.invoke('corrections.record', args('c_missing'));
    expect(outside).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(JSON.stringify(outside).replaceAll(otherPartnerCase, 'X')).toBe(JSON.stringify(missing).replaceAll('c_missing', 'X'));
  });
});
