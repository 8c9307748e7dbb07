// The purge after a "no match" (IBIS: "the receiving country deletes the
// prints and exchanges no further information"): a case's query prints and
// everything derived from them (templates, matcher and examiner markup,
// candidates and their correspondences) are deleted in one transaction with
// the audit entry, with secure_delete on so freed pages are zeroed; then the
// WAL is checkpointed and truncated so no old page version survives there,
// and SQLite gives back its page cache. The case keeps its non-biometric
// record: its metadata, conclusions, disclosure and release, and the
// examiner's analysis notes, copied into the purge record before their rows go.
import type { AuditActor, AuditLog } from '../audit/log';
import type { Db } from '../db/open';
import { RidgelineError } from '../errors';
import { newId, nowUtc } from '../ids';

/**
 * Every table that may reference a print (directly or through another row),
 * and what its rows are. 'biometric': derived from the print, deleted.
 * 'record': an examiner's non-biometric record about the print, copied into
 * the purge record and then deleted (its row cannot outlive the print it
 * names). A table that references prints and is not listed stops the purge
 * (nothing deleted) until someone decides which it is: see the schema test.
 */
export const PURGE_CLASSES: Readonly<Record<string, 'biometric' | 'record'>> = {
  prints: 'biometric',
  templates: 'biometric',
  print_templates: 'biometric',
  annotations: 'biometric',
  candidates: 'biometric',
  correspondences: 'biometric',
  candidate_correspondences: 'biometric',
  analyses: 'record',
};

interface ForeignKey {
  table: string;
  from: string;
  to: string;
}

/** Foreign keys of the live schema that point at `target`. */
function referencing(db: Db, target: string): ForeignKey[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const found: ForeignKey[] = [];
  for (const table of tables) {
    const keys = db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { table: string; from: string; to: string | null }[];
    for (const key of keys) {
      if (key.table === target) found.push({ table, from: key.from, to: key.to ?? 'id' });
    }
  }
  return found;
}

/** Tables that reference prints and have no purge class (the schema test keeps this empty). */
export function unclassifiedPrintDependents(db: Db): string[] {
  const missing = new Set<string>();
  const walk = (table: string, seen: Set<string>) => {
    for (const key of referencing(db, table)) {
      if (seen.has(key.table)) continue;
      if (!(key.table in PURGE_CLASSES)) missing.add(key.table);
      walk(key.table, new Set([...seen, key.table]));
    }
  };
  walk('prints', new Set(['prints']));
  return [...missing].sort();
}

type Row = Record<string, unknown> & { rowid: number };

const CHUNK = 400;

function selectWhereIn(db: Db, table: string, column: string, values: readonly unknown[]): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < values.length; i += CHUNK) {
    const part = values.slice(i, i + CHUNK);
    const marks = part.map(() => '?').join(', ');
    rows.push(...(db.prepare(`SELECT rowid AS rowid, * FROM "${table}" WHERE "${column}" IN (${marks})`).all(...part) as Row[]));
  }
  return rows;
}

interface Plan {
  /** rowids to delete per table. */
  rows: Map<string, Map<number, Row>>;
}

// Gathers the rows to delete: the prints, then every row referencing a row
// already gathered, transitively (candidates -> correspondences, and so on).
function gather(db: Db, table: string, rows: Row[], plan: Plan): void {
  let planned = plan.rows.get(table);
  if (!planned) plan.rows.set(table, (planned = new Map()));
  const fresh = rows.filter((row) => !planned.has(row.rowid));
  for (const row of fresh) planned.set(row.rowid, row);
  if (fresh.length === 0) return;
  for (const key of referencing(db, table)) {
    if (!(key.table in PURGE_CLASSES)) {
      throw new RidgelineError('internal', `Purge refused: table ${key.table} references ${table} and has no purge class`, {
        table: key.table,
      });
    }
    const values = [...new Set(fresh.map((row) => row[key.to]).filter((v) => v !== null && v !== undefined))];
    if (values.length > 0) gather(db, key.table, selectWhereIn(db, key.table, key.from, values), plan);
  }
}

export interface PurgeRequest {
  caseId: string;
  /** Why, in words an auditor can check: the agreement rule that required it. */
  rule: string;
  actor: AuditActor;
  /** Runs inside the purge's transaction after the deletes (e.g. the case's move to purged). */
  alsoInTransaction?: (purgeId: string) => void;
}

export interface PurgeResult {
  purgeId: string;
  caseId: string;
  rule: string;
  purgedAt: string;
  /** Query prints deleted: what they were, never their pixels. */
  prints: { id: string; label: string; fingerPosition: number; impressionType: string; sha256: string }[];
  /** Rows deleted per table. */
  removed: Record<string, number>;
  /** Non-biometric rows copied into the purge record before deletion, per table. */
  keptRecords: Record<string, number>;
  /** The WAL was checkpointed into the database and truncated to zero bytes. */
  walTruncated: boolean;
}

const CHECKPOINT_ATTEMPTS = 20;

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Copies every committed page from the WAL into the database and truncates the
 * WAL. Readers holding an older snapshot make SQLite answer "busy"; they end
 * quickly (every read is one statement), so we retry briefly.
 */
export function checkpointAndTruncate(db: Db): boolean {
  for (let attempt = 0; attempt < CHECKPOINT_ATTEMPTS; attempt++) {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    if (result && result.busy === 0 && result.log <= 0) return true;
    sleep(25);
  }
  return false;
}

function columnsOf(row: Row): Record<string, unknown> {
  const { rowid: _rowid, ...rest } = row;
  return rest;
}

/**
 * Deletes the case's query prints and everything derived from them. Runs in
 * one transaction with its audit entry and the purge record; a failure leaves
 * everything as it was. Callers check the case state and the permission (the
 * lifecycle's 'purge' move); this is the mechanism.
 */
export function purgeQueryPrints(db: Db, audit: AuditLog, request: PurgeRequest): PurgeResult {
  if (!request.rule.trim()) throw new RidgelineError('invalid-argument', 'A purge names the rule that requires it');
  // Set per connection; re-asserted here because the purge's guarantee rests on it.
  db.pragma('secure_delete = ON');
  if (db.pragma('secure_delete', { simple: true }) !== 1) throw new RidgelineError('internal', 'secure_delete could not be enabled');

  const purgedAt = nowUtc();
  const purgeId = newId('pg');
  const result = db.transaction((): Omit<PurgeResult, 'walTruncated'> => {
    const caseRow = db.prepare('SELECT id FROM cases WHERE id = ?').get(request.caseId);
    if (!caseRow) throw new RidgelineError('not-found', `No case ${request.caseId}`, { caseId: request.caseId });
    const prints = db
      .prepare("SELECT rowid AS rowid, * FROM prints WHERE case_id = ? AND role = 'query'")
      .all(request.caseId) as Row[];
    const plan: Plan = { rows: new Map() };
    gather(db, 'prints', prints, plan);

    const removed: Record<string, number> = {};
    const keptRecords: Record<string, number> = {};
    const kept: Record<string, Record<string, unknown>[]> = {};
    for (const [table, rows] of plan.rows) {
      if (rows.size === 0) continue;
      removed[table] = rows.size;
      if (PURGE_CLASSES[table] === 'record') {
        kept[table] = [...rows.values()].map(columnsOf);
        keptRecords[table] = rows.size;
      }
    }
    // Rows reference each other (candidates -> prints, annotations -> annotations):
    // check the foreign keys once, at commit, instead of ordering the deletes.
    db.pragma('defer_foreign_keys = ON');
    for (const [table, rows] of plan.rows) {
      const ids = [...rows.keys()];
      for (let i = 0; i < ids.length; i += CHUNK) {
        const part = ids.slice(i, i + CHUNK);
        db.prepare(`DELETE FROM "${table}" WHERE rowid IN (${part.map(() => '?').join(', ')})`).run(...part);
      }
    }
    const printList = prints.map((p) => ({
      id: String(p['id']),
      label: String(p['label']),
      fingerPosition: Number(p['finger_position']),
      impressionType: String(p['impression_type']),
      sha256: String(p['sha256']),
    }));
    db.prepare(
      `INSERT INTO purges (id, case_id, rule, prints, removed, kept_records, purged_by, purged_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(purgeId, request.caseId, request.rule, JSON.stringify(printList), JSON.stringify(removed), JSON.stringify(kept), request.actor.userId, purgedAt);
    audit.record({
      actor: request.actor,
      event: 'case.prints-purged',
      outcome: 'success',
      objects: [request.caseId, purgeId, ...printList.map((p) => p.id)],
      details: { rule: request.rule, prints: printList.length, removed, keptRecords, at: purgedAt },
    });
    request.alsoInTransaction?.(purgeId);
    return { purgeId, caseId: request.caseId, rule: request.rule, purgedAt, prints: printList, removed, keptRecords };
  })();

  const walTruncated = checkpointAndTruncate(db);
  // Freed pages were zeroed on disk; drop the clean copies SQLite still caches.
  db.pragma('shrink_memory');
  if (!walTruncated) {
    throw new RidgelineError('conflict', 'The prints were deleted, but an open reader kept the WAL from being truncated; retry the checkpoint', {
      caseId: request.caseId,
      purgeId,
    });
  }
  return { ...result, walTruncated };
}
