// The audit trail store. record() appends one entry and moves the chain head in
// one transaction; called inside a caller's db.transaction it joins that
// transaction (better-sqlite3 nests it as a savepoint), so an entry is committed
// exactly when the change it records is, and rolled back with it.
import type { AuditFilter } from '../../../preload/contract/audit';
import type { Db } from '../db/open';
import { RidgelineError } from '../errors';
import { canonicalJson } from './canonical';
import { entryHash, type AuditEntry, type AuditOutcome, type AuditRelease, type ChainHead } from './entry';

/** Who acted, from where. userId is null before sign-in (e.g. a failed sign-in). */
export interface AuditActor {
  userId: string | null;
  username: string | null;
  workstation: string;
}

export interface NewAuditEntry {
  actor: AuditActor;
  /** Dotted event name: domain.action (auth.sign-in, case.read, release.sent). */
  event: string;
  outcome: AuditOutcome;
  objects?: readonly string[];
  details?: Record<string, unknown>;
  /** Required for every release of data: elements supplied, date, recipient. */
  release?: AuditRelease;
  /** Defaults to the store's clock. */
  at?: Date;
}

export interface AuditQuery extends AuditFilter {
  limit?: number;
  beforeSeq?: number;
}

export interface AuditRow {
  seq: number;
  at: string;
  workstation: string;
  user_id: string | null;
  username: string | null;
  event: string;
  outcome: AuditOutcome;
  objects: string;
  details: string;
  release: string | null;
  prev_hash: string;
  hash: string;
}

export function rowToEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    workstation: row.workstation,
    userId: row.user_id,
    username: row.username,
    event: row.event,
    outcome: row.outcome,
    objects: JSON.parse(row.objects) as string[],
    details: JSON.parse(row.details) as Record<string, unknown>,
    release: row.release === null ? null : (JSON.parse(row.release) as AuditRelease),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

const EVENT_NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

function checkEntry(entry: NewAuditEntry): void {
  if (!EVENT_NAME.test(entry.event)) throw new RidgelineError('invalid-argument', `Audit event '${entry.event}' is not domain.action`);
  if (entry.release) {
    const { recipient, elements, date } = entry.release;
    if (!recipient.trim() || elements.length === 0 || !date) {
      throw new RidgelineError('invalid-argument', 'A release entry names its recipient, date and the data elements supplied');
    }
  }
}

/** Turns a date filter bound ('2026-11-23' or a full ISO time) into a comparable UTC string. */
function bound(value: string): string {
  const time = new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(time.getTime())) throw new RidgelineError('invalid-argument', `'${value}' is not a date`);
  return time.toISOString();
}

export function createAuditLog(db: Db, clock: () => Date = () => new Date()) {
  const headRow = db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1');
  const insert = db.prepare(`
    INSERT INTO audit_log (seq, at, workstation, user_id, username, event, outcome, objects, details, release, prev_hash, hash)
    VALUES (@seq, @at, @workstation, @userId, @username, @event, @outcome, @objects, @details, @release, @prevHash, @hash)`);
  const moveHead = db.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1');
  const all = db.prepare('SELECT * FROM audit_log ORDER BY seq');

  const append = db.transaction((entry: NewAuditEntry): AuditEntry => {
    checkEntry(entry);
    const head = headRow.get() as ChainHead;
    const unsealed = {
      seq: head.seq + 1,
      at: (entry.at ?? clock()).toISOString(),
      workstation: entry.actor.workstation,
      userId: entry.actor.userId,
      username: entry.actor.username,
      event: entry.event,
      outcome: entry.outcome,
      objects: [...(entry.objects ?? [])],
      // Round-trip through canonical JSON so the stored, hashed and returned details are the same values.
      details: JSON.parse(canonicalJson(entry.details ?? {})) as Record<string, unknown>,
      release: entry.release ? { recipient: entry.release.recipient, elements: [...entry.release.elements], date: entry.release.date } : null,
      prevHash: head.hash,
    };
    const sealed: AuditEntry = { ...unsealed, hash: entryHash(unsealed) };
    insert.run({
      ...sealed,
      objects: canonicalJson(sealed.objects),
      details: canonicalJson(sealed.details),
      release: sealed.release ? canonicalJson(sealed.release) : null,
    });
    moveHead.run(sealed.seq, sealed.hash);
    return sealed;
  });

  const listeners = new Set<(entry: AuditEntry) => void>();

  return {
    /** Appends an entry; joins the caller's transaction when there is one. */
    record: (entry: NewAuditEntry): AuditEntry => {
      const sealed = append.immediate(entry);
      for (const listener of listeners) listener(sealed);
      return sealed;
    },
    /**
     * Tells `listener` about each entry this log appends, synchronously, in the
     * caller's async context (the API host uses it to know whether a call
     * audited itself, without comparing global heads). Returns an unsubscribe.
     */
    onAppend(listener: (entry: AuditEntry) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    head: (): ChainHead => headRow.get() as ChainHead,
    /** Every entry in chain order, one at a time (verification, export). */
    *entries(): Generator<AuditEntry> {
      for (const row of all.iterate() as Iterable<AuditRow>) yield rowToEntry(row);
    },
    /** Newest first. */
    query(filter: AuditQuery = {}): AuditEntry[] {
      const where: string[] = [];
      const params: Record<string, unknown> = { limit: Math.min(Math.max(filter.limit ?? 200, 1), 1000) };
      if (filter.user) {
        where.push('(user_id = @user OR username = @user COLLATE NOCASE)');
        params.user = filter.user;
      }
      if (filter.event) {
        where.push("(event = @event OR substr(event, 1, length(@event) + 1) = @event || '.')");
        params.event = filter.event;
      }
      if (filter.object) {
        where.push('EXISTS (SELECT 1 FROM json_each(audit_log.objects) o WHERE instr(o.value, @object) > 0)');
        params.object = filter.object;
      }
      if (filter.outcome) {
        where.push('outcome = @outcome');
        params.outcome = filter.outcome;
      }
      if (filter.from) {
        where.push('at >= @from');
        params.from = bound(filter.from);
      }
      if (filter.to) {
        where.push('at < @to');
        params.to = bound(filter.to);
      }
      if (filter.beforeSeq) {
        where.push('seq < @beforeSeq');
        params.beforeSeq = filter.beforeSeq;
      }
      const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT @limit`;
      return (db.prepare(sql).all(params) as AuditRow[]).map(rowToEntry);
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
