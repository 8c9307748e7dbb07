// Partner agencies: the store, and their administration (create, rename,
// correct the country), each change audited in the same transaction. A
// partner is never deleted here: cases, packets, agreements and the audit
// trail refer to it.
import type { AuditActor, AuditLog } from '../audit/log';
import type { Db } from '../db/open';
import { RidgelineError } from '../errors';
import { newId, nowUtc } from '../ids';

export interface Partner {
  id: string;
  name: string;
  country: string;
}

export interface PartnerDraft {
  name: string;
  /** ISO 3166-1 alpha-2 or alpha-3 code, upper case. */
  country: string;
}

const COUNTRY = /^[A-Z]{2,3}$/;

function normalise(draft: PartnerDraft): PartnerDraft {
  const name = draft.name.trim().replace(/\s+/g, ' ');
  const country = draft.country.trim().toUpperCase();
  if (name.length === 0 || name.length > 200) throw new RidgelineError('invalid-argument', 'A partner name has 1 to 200 characters');
  if (!COUNTRY.test(country)) throw new RidgelineError('invalid-argument', 'The country is an ISO 3166 code of two or three letters', { country: draft.country });
  return { name, country };
}

export function createPartnerStore(db: Db, audit: AuditLog) {
  const insert = db.prepare('INSERT INTO partners (id, name, country, created_at) VALUES (?, ?, ?, ?)');
  const all = db.prepare('SELECT id, name, country FROM partners ORDER BY name');
  const byId = db.prepare('SELECT id, name, country FROM partners WHERE id = ?');
  const byName = db.prepare('SELECT id FROM partners WHERE lower(name) = lower(?)');
  const rewrite = db.prepare('UPDATE partners SET name = ?, country = ? WHERE id = ?');

  const get = (id: string): Partner | undefined => byId.get(id) as Partner | undefined;
  const assertNameFree = (name: string, except?: string) => {
    const holder = byName.get(name) as { id: string } | undefined;
    if (holder && holder.id !== except) throw new RidgelineError('conflict', `A partner named "${name}" exists already`);
  };

  return {
    /** Adds a partner with a known id (demo, tests, the CLI's agreement import); not audited by itself. */
    add(partner: Partner): Partner {
      insert.run(partner.id, partner.name, partner.country, nowUtc());
      return partner;
    },
    list: (): Partner[] => all.all() as Partner[],
    get,

    /** An administrator adds a partner agency. */
    create(draft: PartnerDraft, actor: AuditActor): Partner {
      const clean = normalise(draft);
      return db.transaction((): Partner => {
        assertNameFree(clean.name);
        const partner = { id: newId('pt'), ...clean };
        insert.run(partner.id, partner.name, partner.country, nowUtc());
        audit.record({ actor, event: 'partner.created', outcome: 'success', objects: [`partner:${partner.id}`], details: { ...clean } });
        return partner;
      }).immediate();
    },

    /** An administrator corrects a partner's name or country; its id (and everything that refers to it) stays. */
    update(id: string, draft: PartnerDraft, actor: AuditActor): Partner {
      const clean = normalise(draft);
      return db.transaction((): Partner => {
        const before = get(id);
        if (!before) throw new RidgelineError('not-found', `Partner ${id} was not found`, { id });
        assertNameFree(clean.name, id);
        rewrite.run(clean.name, clean.country, id);
        audit.record({
          actor,
          event: 'partner.updated',
          outcome: 'success',
          objects: [`partner:${id}`],
          details: { name: { from: before.name, to: clean.name }, country: { from: before.country, to: clean.country } },
        });
        return { id, ...clean };
      }).immediate();
    },
  };
}
export type PartnerStore = ReturnType<typeof createPartnerStore>;
