// The response content: exactly what would leave, as one canonical JSON text
// (sorted keys, no whitespace), so one logical response is always the same
// bytes and its SHA-256 names it. The ANSI/NIST transaction written at release
// is a pure function of this content: approving the hash approves the file.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonical';
import { RidgelineError } from '../errors';

export const RESPONSE_FORMAT = 'ridgeline-response/1';

export type Answer = 'match' | 'no-match';

export interface ReleasedElement {
  element: string;
  label: string;
  value: string;
}

export interface ResponseContent {
  format: typeof RESPONSE_FORMAT;
  answer: Answer;
  /** Who sends: our agency identifier (ANSI/NIST ORI). */
  origin: string;
  /** Who receives: the partner and its agency identifier (the query's ORI, our DAI). */
  recipient: { partnerId: string; agency: string };
  /** The query this answers: its transaction control number and the case reference. */
  inReplyTo: { controlNumber: string };
  /** The agreement version the response was filtered under. */
  agreement: { partnerId: string; version: number };
  /** Transaction date, YYYY-MM-DD (UTC), fixed when drafted. */
  date: string;
  /** Released data elements, in the agreement's order; empty for "no match". */
  elements: ReleasedElement[];
  /** The agreement's caveats, attached to every response, in its order. */
  caveats: string[];
}

export interface WithheldElement {
  element: string;
  label: string;
  /** The rule that withheld it, in words a supervisor can check. */
  rule: string;
}

export function serializeContent(content: ResponseContent): string {
  return canonicalJson(content);
}

export function contentSha256(serialized: string): string {
  return createHash('sha256').update(serialized, 'utf8').digest('hex');
}

/** Parses stored content and checks it still hashes to `expectedSha256` (a changed row voids everything bound to it). */
export function parseContent(serialized: string, expectedSha256: string): ResponseContent {
  if (contentSha256(serialized) !== expectedSha256) {
    throw new RidgelineError('conflict', 'The response content no longer matches its hash: it was changed after drafting');
  }
  const content = JSON.parse(serialized) as ResponseContent;
  if (content.format !== RESPONSE_FORMAT) throw new RidgelineError('unsupported', `Unknown response format ${String(content.format)}`);
  return content;
}
