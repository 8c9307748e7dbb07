// Release through the API as a compromised renderer would try it: nothing
// leaves unapproved, an examiner cannot release, a renderer cannot name the
// outbox path, and a case of another partner answers like a missing one.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiHost } from '../../../main/api/host';
import { hashPassword } from '../../../main/core/accounts/password';
import { draftDisclosure } from '../../../main/core/disclosures/disclosures';
import { exchangeScene, subject, verifiedCase, WORKSTATION, type ExchangeScene } from '../../helpers/exchange';

const PASSWORD = 'correct horse battery staple';
let scene: ExchangeScene | null = null;
afterEach(() => scene?.ws.close());

async function signedIn(s: ExchangeScene, username: string) {
  const host = createApiHost({ workspace: s.ws, workstation: WORKSTATION, chooseOutbox: async () => s.outbox, log: () => undefined });
  const result = await host.invoke('auth.signIn', { username, password: PASSWORD });
  expect(result.ok).toBe(true);
  return host;
}

describe('releases.send through the API', () => {
  it('refuses without approval, refuses examiners and renderer-given paths, then releases once approved', async () => {
    scene = await exchangeScene();
    const s = scene;
    const hash = await hashPassword(PASSWORD);
    for (const u of Object.values(s.users)) s.ws.accounts.users.setPassword(u.userId, hash, false, new Date().toISOString());
    const caseId = verifiedCase(s, 'TCN-API-1');
    const d = draftDisclosure(s.ws, s.users.examiner, caseId, { kind: 'identification', subject: subject() });

    const supervisor = await signedIn(s, 'supervisor');
    const examiner = await signedIn(s, 'examiner');
    const other = await signedIn(s, 'other');

    const unapproved = await supervisor.invoke('releases.send', { disclosureId: d.id });
    expect(unapproved).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await examiner.invoke('releases.send', { disclosureId: d.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await examiner.invoke('disclosures.approve', { disclosureId: d.id, contentSha256: d.contentSha256, comment: '' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await supervisor.invoke('releases.send', { disclosureId: d.id, outboxDir: '/tmp/evil' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await other.invoke('disclosures.current', { caseId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(fs.readdirSync(s.outbox)).toEqual([]);

    const shown = await supervisor.invoke('disclosures.current', { caseId });
    expect(shown).toMatchObject({ ok: true, value: { contentSha256: d.contentSha256, withheld: [{ element: 'passport-nationality' }, { element: 'watchlist-indicator' }] } });
    expect(await supervisor.invoke('disclosures.approve', { disclosureId: d.id, contentSha256: d.contentSha256, comment: 'ok' })).toMatchObject({ ok: true });
    const sent = await supervisor.invoke('releases.send', { disclosureId: d.id });
    expect(sent).toMatchObject({ ok: true, value: { purged: false, recipient: expect.stringContaining('pa') } });
    expect(fs.readdirSync(s.outbox)).toHaveLength(1);
  });
});
