// Release: the approved response leaves as an ANSI/NIST transaction, signed
// with the workstation's key and encrypted to the partner's, written by main
// into the outbox folder the user chose. The release row, the case's move and
// the IBIS log entry (data elements supplied, date, recipient) commit
// together; if they cannot, the file is removed again. After a "no match" (or
// a match whose agreement says so) the partner's query prints are purged.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataElement } from '../agreements/catalogue';
import { approvedContent, agreementOfCase, type DisclosureActor } from '../disclosures/disclosures';
import { applyMove } from '../disclosures/moves';
import { conflict, RidgelineError } from '../errors';
import { newId } from '../ids';
import { purgeQueryPrints, type PurgeResult } from '../retention/purge';
import type { Workspace } from '../workspace';
import { sealResponse } from './envelope';
import { writeResponse } from './transaction';

export interface ReleaseResult {
  releaseId: string;
  disclosureId: string;
  caseId: string;
  file: string;
  fileSha256: string;
  fileSize: number;
  recipient: string;
  elements: string[];
  releasedAt: string;
  purge: PurgeResult | null;
}

const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);

// Written under a temporary name, flushed, then renamed: a crash mid-write
// never leaves a half response under the final name.
function writeAtomically(dir: string, name: string, bytes: Uint8Array): string {
  const final = path.join(dir, name);
  if (fs.existsSync(final)) throw conflict(`The outbox already holds ${name}`, { file: final });
  const temp = path.join(dir, `.${name}.${randomBytes(6).toString('hex')}.part`);
  const fd = fs.openSync(temp, 'wx', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, final);
  return final;
}

export async function releaseDisclosure(
  ws: Workspace,
  actor: DisclosureActor,
  input: { disclosureId: string; outboxDir: string },
  now: Date = new Date(),
): Promise<ReleaseResult> {
  if (!actor.roles.includes('supervisor')) throw new RidgelineError('forbidden', 'Only a supervisor releases a response');
  const { disclosure, content, sha256 } = approvedContent(ws, input.disclosureId);
  const agreement = agreementOfCase(ws, disclosure.case_id);
  if (!agreement.partnerPublicKey) throw conflict(`The agreement with ${agreement.partnerId} holds no partner key: the response cannot be encrypted to them`);
  let outbox: fs.Stats;
  try {
    outbox = fs.statSync(input.outboxDir);
  } catch {
    throw new RidgelineError('not-found', `The outbox folder ${input.outboxDir} does not exist`);
  }
  if (!outbox.isDirectory()) throw new RidgelineError('invalid-argument', `${input.outboxDir} is not a folder`);

  const transaction = writeResponse(content, disclosure.content);
  const sealed = await sealResponse(transaction, await ws.workstationKeys.privateKey(), agreement.partnerPublicKey);
  const fileSha256 = createHash('sha256').update(sealed).digest('hex');
  const name = `ridgeline-response-${safe(content.inReplyTo.controlNumber)}-r${disclosure.revision}.pgp`;
  const file = writeAtomically(input.outboxDir, name, sealed);

  const recipient = `${agreement.partnerId} (agency ${content.recipient.agency})`;
  // The IBIS log: every data element supplied, the answer and the caveats included.
  const elements = [dataElement('match-result').label, ...content.elements.map((e) => e.label), ...(content.caveats.length ? ['Caveats'] : [])];
  const releaseId = newId('r');
  try {
    ws.db.transaction(() => {
      // Re-checked inside the transaction: nothing changed since the file was made.
      approvedContent(ws, input.disclosureId);
      applyMove(ws, actor, disclosure.case_id, 'release', now, {
        objects: [`disclosure:${disclosure.id}`, `release:${releaseId}`, `partner:${agreement.partnerId}`],
        details: { answer: content.answer, contentSha256: sha256, fileSha256, fileName: name },
      });
      ws.db
        .prepare(
          `INSERT INTO releases (id, disclosure_id, case_id, content_sha256, recipient, elements, file_name, file_sha256, file_size, released_by, released_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(releaseId, disclosure.id, disclosure.case_id, sha256, recipient, JSON.stringify(elements), name, fileSha256, sealed.length, actor.userId, now.toISOString());
      ws.db.prepare("UPDATE disclosures SET status = 'released' WHERE id = ?").run(disclosure.id);
      ws.audit.record({
        actor,
        event: 'release.sent',
        outcome: 'success',
        objects: [`case:${disclosure.case_id}`, `disclosure:${disclosure.id}`, `release:${releaseId}`],
        details: { answer: content.answer, fileName: name, fileSha256, contentSha256: sha256, agreementVersion: agreement.version },
        release: { recipient, elements, date: now.toISOString() },
        at: now,
      });
    })();
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  }

  let purge: PurgeResult | null = null;
  const purgeRule =
    content.answer === 'no-match'
      ? `agreement ${agreement.partnerId} v${agreement.version}: delete the query prints after "no match" (IBIS PIA)`
      : agreement.retention.deleteQueryPrintsAfterMatch
        ? `agreement ${agreement.partnerId} v${agreement.version}: delete the query prints once a match is answered`
        : null;
  if (purgeRule) {
    purge = purgeQueryPrints(ws.db, ws.audit, {
      caseId: disclosure.case_id,
      rule: purgeRule,
      actor,
      alsoInTransaction: (purgeId) => applyMove(ws, actor, disclosure.case_id, 'purge', now, { objects: [`purge:${purgeId}`], details: { rule: purgeRule } }),
    });
  }
  return {
    releaseId,
    disclosureId: disclosure.id,
    caseId: disclosure.case_id,
    file,
    fileSha256,
    fileSize: sealed.length,
    recipient,
    elements,
    releasedAt: now.toISOString(),
    purge,
  };
}
