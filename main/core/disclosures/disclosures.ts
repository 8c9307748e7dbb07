// Disclosures: drafting the response after verification, and the supervisor's
// approval or return. The draft is built from a verified outcome that is
// already filtered (filter.ts): only what may leave is in its content. A
// protected subject's "no match" is built by the very same code as a real one
// (same content, same audit details); its reason goes only to the restricted
// field. An approval is bound to the SHA-256 of the exact content: any change
// to the content voids it, and release checks it again.
import type { AuditActor } from '../audit/log';
import type { AgreementVersion } from '../agreements/agreements';
import { conflict, notFound, RidgelineError } from '../errors';
import { newId } from '../ids';
import type { Workspace } from '../workspace';
import { contentSha256, parseContent, RESPONSE_FORMAT, serializeContent, type ResponseContent, type WithheldElement } from './content';
import { filterIdentification, type SubjectRecord } from './filter';
import { applyMove } from './moves';

/** What verification settled: an identification of one subject, or every candidate excluded. */
export type VerifiedOutcome = { kind: 'identification'; subject: SubjectRecord } | { kind: 'exclusion' };

export interface DisclosureActor extends AuditActor {
  userId: string;
  roles: readonly string[];
}

export interface Disclosure {
  id: string;
  caseId: string;
  revision: number;
  partnerId: string;
  agreementVersion: number;
  answer: 'match' | 'no-match';
  content: ResponseContent;
  /** The exact bytes the hash names (canonical JSON). */
  serializedContent: string;
  contentSha256: string;
  withheld: WithheldElement[];
  /** Only for supervisors and auditors; null otherwise (and for every ordinary answer). */
  restrictedReason: string | null;
  status: 'drafted' | 'approved' | 'returned' | 'released';
  draftedBy: string | null;
  draftedAt: string;
  decisions: { decision: 'approved' | 'returned'; contentSha256: string; comment: string; decidedBy: string; decidedAt: string }[];
}

interface DisclosureRow {
  id: string;
  case_id: string;
  revision: number;
  partner_id: string;
  agreement_version: number;
  answer: 'match' | 'no-match';
  content: string;
  content_sha256: string;
  withheld: string;
  restricted_reason: string | null;
  status: Disclosure['status'];
  drafted_by: string | null;
  drafted_at: string;
}

/** Roles that read the restricted field (the reason behind a protected "no match"). */
const RESTRICTED_READERS = new Set(['supervisor', 'auditor']);

export const ORIGIN_META_KEY = 'exchange.originatingAgency';
export const DEFAULT_ORIGIN = 'RIDGELINE';

function toDisclosure(ws: Workspace, row: DisclosureRow, reader: { roles: readonly string[] }): Disclosure {
  const decisions = ws.db
    .prepare('SELECT decision, content_sha256, comment, decided_by, decided_at FROM disclosure_decisions WHERE disclosure_id = ? ORDER BY decided_at, rowid')
    .all(row.id) as { decision: 'approved' | 'returned'; content_sha256: string; comment: string; decided_by: string; decided_at: string }[];
  return {
    id: row.id,
    caseId: row.case_id,
    revision: row.revision,
    partnerId: row.partner_id,
    agreementVersion: row.agreement_version,
    answer: row.answer,
    content: parseContent(row.content, row.content_sha256),
    serializedContent: row.content,
    contentSha256: row.content_sha256,
    withheld: JSON.parse(row.withheld) as WithheldElement[],
    restrictedReason: reader.roles.some((r) => RESTRICTED_READERS.has(r)) ? row.restricted_reason : null,
    status: row.status,
    draftedBy: row.drafted_by,
    draftedAt: row.drafted_at,
    decisions: decisions.map((d) => ({ decision: d.decision, contentSha256: d.content_sha256, comment: d.comment, decidedBy: d.decided_by, decidedAt: d.decided_at })),
  };
}

function row(ws: Workspace, disclosureId: string): DisclosureRow {
  const found = ws.db.prepare('SELECT * FROM disclosures WHERE id = ?').get(disclosureId) as DisclosureRow | undefined;
  if (!found) throw notFound('Disclosure', disclosureId);
  return found;
}

export function getDisclosure(ws: Workspace, reader: { roles: readonly string[] }, disclosureId: string): Disclosure {
  return toDisclosure(ws, row(ws, disclosureId), reader);
}

/** The case's latest disclosure, or null before the first draft. */
export function currentDisclosure(ws: Workspace, reader: { roles: readonly string[] }, caseId: string): Disclosure | null {
  const found = ws.db.prepare('SELECT * FROM disclosures WHERE case_id = ? ORDER BY revision DESC LIMIT 1').get(caseId) as DisclosureRow | undefined;
  return found ? toDisclosure(ws, found, reader) : null;
}

interface CaseFacts {
  partnerId: string;
  reference: string;
  agreementVersion: number | null;
}

function caseFacts(ws: Workspace, caseId: string): CaseFacts {
  const found = ws.db.prepare('SELECT partner_id, reference, agreement_version FROM cases WHERE id = ?').get(caseId) as
    | { partner_id: string; reference: string; agreement_version: number | null }
    | undefined;
  if (!found) throw notFound('Case', caseId);
  return { partnerId: found.partner_id, reference: found.reference, agreementVersion: found.agreement_version };
}

/** The agreement the case was handled under (the version intake recorded), else the one in force. */
export function agreementOfCase(ws: Workspace, caseId: string): AgreementVersion {
  const facts = caseFacts(ws, caseId);
  const agreement = facts.agreementVersion ? ws.agreements.version(facts.partnerId, facts.agreementVersion) : ws.agreements.current(facts.partnerId);
  if (!agreement) throw conflict(`No agreement with ${facts.partnerId} is in force: nothing can be disclosed`, { partnerId: facts.partnerId });
  return agreement;
}

/** The partner agency a response goes to: the query packet's originating agency, else the partner's id. */
function recipientAgency(ws: Workspace, caseId: string, partnerId: string): string {
  const sender = ws.db
    .prepare('SELECT pk.sender FROM packets pk JOIN prints p ON p.packet_id = pk.id WHERE p.case_id = ? LIMIT 1')
    .pluck()
    .get(caseId) as string | undefined;
  return sender || partnerId;
}

/**
 * Drafts the response of a verified case. The content is filtered before it
 * exists: for an identification only the agreement's releasable elements
 * with values; for an exclusion, or a subject in a protected class, the one
 * "no match" form. Moves the case to disclosure-drafted.
 */
export function draftDisclosure(ws: Workspace, actor: DisclosureActor, caseId: string, outcome: VerifiedOutcome, now: Date = new Date()): Disclosure {
  const facts = caseFacts(ws, caseId);
  const agreement = agreementOfCase(ws, caseId);
  const decision = outcome.kind === 'identification' ? filterIdentification(outcome.subject, agreement) : ({ answer: 'no-match', reason: null } as const);
  const content: ResponseContent = {
    format: RESPONSE_FORMAT,
    answer: decision.answer,
    origin: ws.meta.get(ORIGIN_META_KEY) ?? DEFAULT_ORIGIN,
    recipient: { partnerId: facts.partnerId, agency: recipientAgency(ws, caseId, facts.partnerId) },
    inReplyTo: { controlNumber: facts.reference },
    agreement: { partnerId: agreement.partnerId, version: agreement.version },
    date: now.toISOString().slice(0, 10),
    elements: decision.answer === 'match' ? decision.released : [],
    caveats: [...agreement.caveats],
  };
  const withheld = decision.answer === 'match' ? decision.withheld : [];
  const restrictedReason = decision.answer === 'no-match' ? decision.reason : null;
  const serialized = serializeContent(content);
  const sha256 = contentSha256(serialized);
  const id = newId('d');
  ws.db.transaction(() => {
    const revision = (ws.db.prepare('SELECT coalesce(max(revision), 0) + 1 FROM disclosures WHERE case_id = ?').pluck().get(caseId) as number) ?? 1;
    // The move first: a case that is not verified (or returned) gets no draft at all.
    applyMove(ws, actor, caseId, 'disclosure.draft', now, {
      objects: [`disclosure:${id}`, `partner:${facts.partnerId}`],
      // The same details for every "no match", whatever its reason: nothing here tells them apart.
      details: { revision, answer: content.answer, agreementVersion: agreement.version, elements: content.elements.map((e) => e.element), contentSha256: sha256 },
    });
    ws.db
      .prepare(
        `INSERT INTO disclosures (id, case_id, revision, partner_id, agreement_version, answer, content, content_sha256, withheld, restricted_reason, status, drafted_by, drafted_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'drafted', ?, ?)`,
      )
      .run(id, caseId, revision, facts.partnerId, agreement.version, content.answer, serialized, sha256, JSON.stringify(withheld), restrictedReason, actor.userId, now.toISOString());
  })();
  return getDisclosure(ws, actor, id);
}

export interface DecisionInput {
  disclosureId: string;
  /** The hash of the content the supervisor was shown: the decision binds to it. */
  contentSha256: string;
  comment: string;
}

/** The supervisor who decides must be neither the case's examiner nor its verifier (four eyes, twice). */
function assertIndependent(ws: Workspace, actor: DisclosureActor, disclosure: DisclosureRow): void {
  const caseRow = ws.db.prepare('SELECT * FROM cases WHERE id = ?').get(disclosure.case_id) as Record<string, unknown>;
  const involved = new Set([caseRow['examiner_id'], caseRow['verifier_id'], disclosure.drafted_by].filter((v): v is string => typeof v === 'string'));
  if (involved.has(actor.userId)) {
    throw new RidgelineError('forbidden', 'A supervisor who examined, verified or drafted this case cannot decide its disclosure', { disclosureId: disclosure.id });
  }
  if (!actor.roles.includes('supervisor')) throw new RidgelineError('forbidden', 'Only a supervisor approves or returns a disclosure');
}

function decide(ws: Workspace, actor: DisclosureActor, input: DecisionInput, decision: 'approved' | 'returned', now: Date): Disclosure {
  const comment = input.comment.trim();
  if (decision === 'returned' && !comment) throw new RidgelineError('invalid-argument', 'A return says what must change');
  ws.db.transaction(() => {
    const current = row(ws, input.disclosureId);
    assertIndependent(ws, actor, current);
    if (current.status !== 'drafted') throw conflict(`The disclosure is ${current.status}, not awaiting a decision`, { disclosureId: current.id });
    const latest = ws.db.prepare('SELECT max(revision) FROM disclosures WHERE case_id = ?').pluck().get(current.case_id) as number;
    if (latest !== current.revision) throw conflict('A newer draft of this response exists', { disclosureId: current.id });
    // Bound to the exact content: the stored text must still hash to the stored
    // hash, and that must be what the supervisor was shown.
    const actual = contentSha256(current.content);
    if (actual !== current.content_sha256 || input.contentSha256 !== actual) {
      throw conflict('The response changed since it was shown: review it again before deciding', {
        disclosureId: current.id,
        shown: input.contentSha256,
        current: actual,
      });
    }
    applyMove(ws, actor, current.case_id, decision === 'approved' ? 'disclosure.approve' : 'disclosure.return', now, {
      objects: [`disclosure:${current.id}`],
      details: { revision: current.revision, contentSha256: actual, comment },
    });
    ws.db
      .prepare('INSERT INTO disclosure_decisions (id, disclosure_id, decision, content_sha256, comment, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(newId('dd'), current.id, decision, actual, comment, actor.userId, now.toISOString());
    ws.db.prepare('UPDATE disclosures SET status = ? WHERE id = ?').run(decision, current.id);
  })();
  return getDisclosure(ws, actor, input.disclosureId);
}

export const approveDisclosure = (ws: Workspace, actor: DisclosureActor, input: DecisionInput, now: Date = new Date()) => decide(ws, actor, input, 'approved', now);
export const returnDisclosure = (ws: Workspace, actor: DisclosureActor, input: DecisionInput, now: Date = new Date()) => decide(ws, actor, input, 'returned', now);

/**
 * The approval a release may rely on: the disclosure is approved, its content
 * still hashes to what was approved, and no return came after. Throws otherwise.
 */
export function approvedContent(ws: Workspace, disclosureId: string): { disclosure: DisclosureRow; content: ResponseContent; sha256: string } {
  const current = row(ws, disclosureId);
  if (current.status !== 'approved') throw conflict('Nothing leaves unapproved: this response has no standing approval', { disclosureId, status: current.status });
  const actual = contentSha256(current.content);
  const last = ws.db
    .prepare('SELECT decision, content_sha256 FROM disclosure_decisions WHERE disclosure_id = ? ORDER BY decided_at DESC, rowid DESC LIMIT 1')
    .get(disclosureId) as { decision: string; content_sha256: string } | undefined;
  if (!last || last.decision !== 'approved' || last.content_sha256 !== actual || current.content_sha256 !== actual) {
    throw conflict('The approval is void: the response changed after it was approved', { disclosureId });
  }
  return { disclosure: current, content: parseContent(current.content, actual), sha256: actual };
}
