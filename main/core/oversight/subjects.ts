// Where the objects a correction notice can name live, and how each is deleted.
// Holdings and responses are added by their owners' modules as they exist.
import type { Db } from '../db/open';
import { RidgelineError } from '../errors';
import type { NoticeSubject, NoticeSubjects } from './corrections';

export function createNoticeSubjects(db: Db): NoticeSubjects {
  const casePartner = db.prepare('SELECT partner_id FROM cases WHERE id = ?');
  const partnerQueries: Partial<Record<NoticeSubject, (id: string) => string | undefined>> = {
    case: (id) => (casePartner.get(id) as { partner_id: string } | undefined)?.partner_id,
  };
  return {
    partnerOf: (kind, id) => partnerQueries[kind]?.(id),
    delete(kind) {
      throw new RidgelineError('conflict', `Deleting a ${kind} is done through its purge`, { kind });
    },
  };
}
