// ridgeline packet open-response: the partner's view of a released response,
// from the file alone, with the partner's private key and our public key.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index';
import { approveDisclosure, draftDisclosure } from '../../main/core/disclosures/disclosures';
import { releaseDisclosure } from '../../main/core/releases/release';
import { exchangeScene, subject, verifiedCase, type ExchangeScene } from '../helpers/exchange';
import { tempDir } from '../helpers/workspace';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let scene: ExchangeScene | null = null;
afterEach(() => scene?.ws.close());

describe('ridgeline packet open-response', () => {
  it('prints the answer, the released elements and the caveats, and refuses the wrong key', async () => {
    scene = await exchangeScene();
    const s = scene;
    const caseId = verifiedCase(s, 'TCN-CLI-1');
    const d = draftDisclosure(s.ws, s.users.examiner, caseId, { kind: 'identification', subject: subject() });
    approveDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, contentSha256: d.contentSha256, comment: '' });
    const r = await releaseDisclosure(s.ws, s.users.supervisor, { disclosureId: d.id, outboxDir: s.outbox });
    const keys = tempDir();
    const partnerKey = path.join(keys, 'partner.asc');
    const senderKey = path.join(keys, 'workstation.asc');
    fs.writeFileSync(partnerKey, s.partner.privateKey);
    fs.writeFileSync(senderKey, (await s.ws.workstationKeys.publicKey()).publicKey);

    const json = await cli('packet', 'open-response', r.file, '--partner-key', partnerKey, '--sender-key', senderKey, '--json');
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed).toMatchObject({ answer: 'match', inReplyTo: 'TCN-CLI-1', caveats: ['For the stated purpose only.'], otherFields: [] });
    expect(parsed.elements.map((e: { element: string }) => e.element).sort()).toEqual(['date-of-birth', 'first-name', 'last-name']);

    const text = await cli('packet', 'open-response', r.file, '--partner-key', partnerKey, '--sender-key', senderKey);
    expect(text.stdout).toMatch(/answer: MATCH/);
    expect(text.stdout).toMatch(/2\.018 Last name: OKAFOR/);
    expect(text.stdout).toMatch(/1\. For the stated purpose only\./);

    const wrong = await cli('packet', 'open-response', r.file, '--partner-key', senderKey, '--sender-key', senderKey);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/key/i);
  });
});
