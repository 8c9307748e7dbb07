// Flags on data found inaccurate: an annotation every later view shows, or a
// block every later use obeys (never released again; the matcher never proposes
// a blocked print). Flags are added, never removed: the history is the record.
import type { Db } from '../db/open';
import { newId, nowUtc } from '../ids';

export type FlaggedKind = 'case' | 'response' | 'holding' | 'print';
export type FlagType = 'annotated' | 'blocked';

export interface DataFlag {
  id: string;
  objectKind: FlaggedKind;
  objectId: string;
  flag: FlagType;
  text: string;
  noticeId: string | null;
  createdBy: string;
  createdAt: string;
}

interface FlagRow {
  id: string;
  object_kind: FlaggedKind;
  object_id: string;
  flag: FlagType;
  text: string;
  notice_id: string | null;
  created_by: string;
  created_at: string;
}

const toFlag = (row: FlagRow): DataFlag => ({
  id: row.id,
  objectKind: row.object_kind,
  objectId: row.object_id,
  flag: row.flag,
  text: row.text,
  noticeId: row.notice_id,
  createdBy: row.created_by,
  createdAt: row.created_at,
});

export function createFlagStore(db: Db) {
  const insert = db.prepare(`
    INSERT INTO data_flags (id, object_kind, object_id, flag, text, notice_id, created_by, created_at)
    VALUES (@id, @objectKind, @objectId, @flag, @text, @noticeId, @createdBy, @createdAt)`);
  const ofObject = db.prepare('SELECT * FROM data_flags WHERE object_kind = ? AND object_id = ? ORDER BY created_at, rowid');
  const blocked = db.prepare("SELECT 1 FROM data_flags WHERE object_kind = ? AND object_id = ? AND flag = 'blocked' LIMIT 1");
  const blockedOfKind = db.prepare("SELECT DISTINCT object_id FROM data_flags WHERE object_kind = ? AND flag = 'blocked'");

  return {
    add(input: Omit<DataFlag, 'id' | 'createdAt'>, at: string = nowUtc()): DataFlag {
      const flag: DataFlag = { ...input, id: newId('fl'), createdAt: at };
      insert.run(flag);
      return flag;
    },
    of: (kind: FlaggedKind, id: string): DataFlag[] => (ofObject.all(kind, id) as FlagRow[]).map(toFlag),
    isBlocked: (kind: FlaggedKind, id: string): boolean => blocked.get(kind, id) !== undefined,
    /** Ids of every blocked object of a kind: what searches and releases must leave out. */
    blockedIds: (kind: FlaggedKind): Set<string> =>
      new Set((blockedOfKind.all(kind) as { object_id: string }[]).map((row) => row.object_id)),
  };
}

export type FlagStore = ReturnType<typeof createFlagStore>;
