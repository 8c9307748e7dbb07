import type { Db } from '../db/open';
import { nowUtc } from '../ids';

export interface Partner {
  id: string;
  name: string;
  country: string;
}

export function createPartnerStore(db: Db) {
  const insert = db.prepare('INSERT INTO partners (id, name, country, created_at) VALUES (?, ?, ?, ?)');
  const all = db.prepare('SELECT id, name, country FROM partners ORDER BY name');
  const byId = db.prepare('SELECT id, name, country FROM partners WHERE id = ?');
  return {
    add(partner: Partner): Partner {
      insert.run(partner.id, partner.name, partner.country, nowUtc());
      return partner;
    },
    list: (): Partner[] => all.all() as Partner[],
    get: (id: string): Partner | undefined => byId.get(id) as Partner | undefined,
  };
}
export type PartnerStore = ReturnType<typeof createPartnerStore>;
