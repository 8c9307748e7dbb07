// A seeded exchange history for report tests and the reports benchmark:
// partners, purpose codes, queries spread over weeks with steady volumes, one
// planted anomaly week, and the outcome of each query. Rows are written
// straight into the tables (months of history cannot go through the UI), and
// the generator returns its own tallies only for reference: tests recount
// independently from the database.
import type { Db } from '../../main/core/db/open';
import { createRandom } from '../../main/core/synthetic/prng';

export interface HistoryOptions {
  seed: number;
  /** First Monday of the history, UTC. */
  start: string;
  weeks: number;
  /** Mean queries per week for each partner x purpose series. */
  weeklyMean: number;
  partners?: { id: string; name: string; purposeCodes: string[] }[];
  /** Multiplies one series' volume in one week. */
  anomaly?: { partnerId: string; purposeCode: string; week: number; factor: number };
}

export const DEFAULT_PARTNERS = [
  { id: 'pt_au', name: 'Australia Home Affairs', purposeCodes: ['VISA', 'ASYLUM'] },
  { id: 'pt_ca', name: 'Canada IRCC', purposeCodes: ['VISA', 'BORDER', 'CRIM-INV'] },
  { id: 'pt_uk', name: 'UK Home Office', purposeCodes: ['VISA', 'BORDER'] },
];

export interface PlantedHistory {
  caseCount: number;
  partners: { id: string; name: string; purposeCodes: string[] }[];
}

const DAY_MS = 86_400_000;

/** Poisson-like count with the given mean (normal approximation, never negative). */
function volume(random: ReturnType<typeof createRandom>, mean: number): number {
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.normal()));
}

export function plantExchangeHistory(db: Db, options: HistoryOptions): PlantedHistory {
  const random = createRandom(options.seed);
  const partners = options.partners ?? DEFAULT_PARTNERS;
  const start = Date.parse(`${options.start}T00:00:00.000Z`);
  const insertPartner = db.prepare('INSERT OR IGNORE INTO partners (id, name, country, created_at) VALUES (?, ?, ?, ?)');
  const insertCase = db.prepare(`
    INSERT INTO cases (id, reference, partner_id, purpose_code, state, foreign_provided, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, 1, ?, ?)`);
  let caseCount = 0;
  db.transaction(() => {
    for (const partner of partners) insertPartner.run(partner.id, partner.name, partner.id.slice(3).toUpperCase(), options.start);
    for (let week = 0; week < options.weeks; week++) {
      for (const partner of partners) {
        for (const purposeCode of partner.purposeCodes) {
          const planted = options.anomaly;
          const factor =
            planted && planted.partnerId === partner.id && planted.purposeCode === purposeCode && planted.week === week ? planted.factor : 1;
          const count = volume(random, options.weeklyMean * factor);
          for (let i = 0; i < count; i++) {
            const at = new Date(start + week * 7 * DAY_MS + Math.floor(random.next() * 7 * DAY_MS)).toISOString();
            caseCount++;
            insertCase.run(`c_h${caseCount}`, `${partner.id.slice(3).toUpperCase()}-${caseCount}`, partner.id, purposeCode, 'closed', at, at);
          }
        }
      }
    }
  })();
  return { caseCount, partners };
}
