// One audit entry and its place in the chain: hash = SHA-256 over the canonical
// serialisation of every field except the hash itself, including prevHash, so
// each entry commits to all entries before it.
import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../../preload/contract/audit';
import { canonicalJson } from './canonical';

export type { AuditEntry, AuditOutcome, AuditRelease, ChainHead } from '../../../preload/contract/audit';

/** prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Bumped if the serialisation ever changes; part of every hashed entry. */
export const CHAIN_FORMAT = 1;

export type UnsealedEntry = Omit<AuditEntry, 'hash'>;

export function canonicalEntry(entry: UnsealedEntry): string {
  return canonicalJson({
    v: CHAIN_FORMAT,
    seq: entry.seq,
    at: entry.at,
    workstation: entry.workstation,
    userId: entry.userId,
    username: entry.username,
    event: entry.event,
    outcome: entry.outcome,
    objects: entry.objects,
    details: entry.details,
    release: entry.release,
    prevHash: entry.prevHash,
  });
}

export function entryHash(entry: UnsealedEntry): string {
  return createHash('sha256').update(canonicalEntry(entry), 'utf8').digest('hex');
}
