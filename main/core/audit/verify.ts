// Verifies the hash chain and names the first broken entry, telling edited,
// deleted, inserted and reordered entries apart where the evidence allows:
//  - an entry whose content no longer matches its hash was edited, unless it
//    matches when placed at another position (then it was moved: reordered, or
//    shifted by a deletion or an insertion before it);
//  - a gap in seq, or entries missing after the last one up to the anchored
//    head, are deletions; entries beyond the head are insertions;
//  - a self-consistent entry whose successor links past it was inserted.
// Limits: whoever holds the database key can rewrite the whole chain and the
// anchor together; only a head recorded elsewhere (an export, `--expect-head`)
// exposes that. Verification proves integrity relative to a trusted head.
import type { ChainProblem, Verification } from '../../../preload/contract/audit';
import { entryHash, GENESIS_HASH, type AuditEntry, type ChainHead } from './entry';

type Broken = NonNullable<Verification['firstBroken']>;

const broken = (seq: number, problem: ChainProblem, message: string): Broken => ({ seq, problem, message });

/** The position an entry's content was sealed at, if any within 1..limit. */
function sealedPosition(entry: AuditEntry, limit: number): number | null {
  if (entryHash(entry) === entry.hash) return entry.seq;
  for (let seq = 1; seq <= limit; seq++) {
    if (seq !== entry.seq && entryHash({ ...entry, seq }) === entry.hash) return seq;
  }
  return null;
}

/**
 * One pass over the chain, holding only the two previous entries; the rest of
 * the chain is read into memory only after a broken entry, to tell a moved
 * entry from an edited or deleted one.
 */
function diagnose(entries: Iterable<AuditEntry>, head: ChainHead): { broken: Broken | null; count: number } {
  const iterator = entries[Symbol.iterator]();
  let previous: AuditEntry | undefined;
  let beforePrevious: AuditEntry | undefined;
  let count = 0;
  const rest = (): AuditEntry[] => {
    const remaining: AuditEntry[] = [];
    for (let next = iterator.next(); !next.done; next = iterator.next()) remaining.push(next.value);
    count += remaining.length;
    return remaining;
  };

  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    const entry = next.value;
    count++;
    const expected = (previous?.seq ?? 0) + 1;
    const prevHash = previous?.hash ?? GENESIS_HASH;

    if (entryHash(entry) !== entry.hash) {
      const later = rest();
      const limit = Math.max(head.seq, later.at(-1)?.seq ?? 0, entry.seq) + 1;
      const sealedAt = sealedPosition(entry, limit);
      if (sealedAt === null) return { count, broken: broken(entry.seq, 'edited', `Entry ${entry.seq} does not match its hash: its content was changed`) };
      if (sealedAt === entry.seq - 1 && previous && entry.prevHash === (beforePrevious?.hash ?? GENESIS_HASH)) {
        return { count, broken: broken(previous.seq, 'inserted', `Entry ${previous.seq} was inserted: the entries after it were renumbered to make room`) };
      }
      if (sealedAt > entry.seq && !later.some((e) => entryHash({ ...e, seq: entry.seq }) === e.hash)) {
        return { count, broken: broken(entry.seq, 'deleted', `The original entry ${entry.seq} was deleted and the later entries renumbered`) };
      }
      return { count, broken: broken(entry.seq, 'reordered', `Entry ${entry.seq} was written as entry ${sealedAt}: entries were reordered`) };
    }
    if (entry.seq !== expected) {
      rest();
      const last = entry.seq - 1;
      return { count, broken: broken(expected, 'deleted', last === expected ? `Entry ${expected} is missing` : `Entries ${expected} to ${last} are missing`) };
    }
    if (entry.prevHash !== prevHash) {
      rest();
      if (previous && entry.prevHash === (beforePrevious?.hash ?? GENESIS_HASH)) {
        return { count, broken: broken(previous.seq, 'inserted', `Entry ${previous.seq} was inserted: entry ${entry.seq} links past it`) };
      }
      if (previous) return { count, broken: broken(previous.seq, 'edited', `Entry ${previous.seq} was changed and re-sealed: entry ${entry.seq} no longer links to it`) };
      return { count, broken: broken(entry.seq, 'edited', `Entry ${entry.seq} does not link to the start of the chain`) };
    }
    beforePrevious = previous;
    previous = entry;
  }

  const lastSeq = previous?.seq ?? 0;
  if (lastSeq < head.seq) {
    return { count, broken: broken(lastSeq + 1, 'deleted', `Entries ${lastSeq + 1} to ${head.seq} are missing: the newest entries were deleted`) };
  }
  if (lastSeq > head.seq) {
    return { count, broken: broken(head.seq + 1, 'inserted', `Entries ${head.seq + 1} to ${lastSeq} were added after the anchored chain head`) };
  }
  if ((previous?.hash ?? GENESIS_HASH) !== head.hash) {
    return { count, broken: broken(Math.max(lastSeq, 1), 'edited', `The chain does not end at the anchored head ${head.seq}: entries were rewritten`) };
  }
  return { count, broken: null };
}

export function verifyChain(entries: Iterable<AuditEntry>, head: ChainHead): Verification {
  const { broken: firstBroken, count } = diagnose(entries, head);
  return { ok: firstBroken === null, entryCount: count, head, firstBroken };
}

/** Checks that the chain still holds an entry seen earlier (e.g. the head of a past export). */
export function containsHead(entries: Iterable<AuditEntry>, expected: ChainHead): boolean {
  if (expected.seq === 0) return expected.hash === GENESIS_HASH;
  for (const entry of entries) if (entry.seq === expected.seq) return entry.hash === expected.hash;
  return false;
}
