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
  /** Write answers (disclosures), releases and purges for the queries (default true). */
  outcomes?: boolean;
}

export const DEFAULT_PARTNERS = [
  { id: 'pt_au', name: 'Australia Home Affairs', purposeCodes: ['VISA', 'ASYLUM'] },
  { id: 'pt_ca', name: 'Canada IRCC', purposeCodes: ['VISA', 'BORDER', 'CRIM-INV'] },
  { id: 'pt_uk', name: 'UK Home Office', purposeCodes: ['VISA', 'BORDER'] },
];

export interface PlantedHistory {
  caseCount: number;
  partners: { id: string; name: string; purposeCodes: string[] }[];
  /** The user the generated answers and releases are attributed to. */
  userId: string;
}

/** How a generated query ended: most are answered, most answers released the next day. */
type Ending = 'unanswered' | 'match' | 'match-filtered' | 'protected' | 'no-match';

function ending(random: ReturnType<typeof createRandom>): Ending {
  const u = random.next();
  if (u < 0.3) return 'unanswered';
  if (u < 0.42) return 'match';
  if (u < 0.48) return 'match-filtered';
  if (u < 0.52) return 'protected';
  return 'no-match';
}

const HASH = 'a'.repeat(64);

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
  const insertDisclosure = db.prepare(`
    INSERT INTO disclosures (id, case_id, revision, partner_id, agreement_version, answer, content, content_sha256, withheld,
                             restricted_reason, status, drafted_by, drafted_at)
    VALUES (?, ?, 1, ?, 1, ?, '{}', '${HASH}', ?, ?, ?, NULL, ?)`);
  const insertRelease = db.prepare(`
    INSERT INTO releases (id, disclosure_id, case_id, content_sha256, recipient, elements, file_name, file_sha256, file_size, released_by, released_at)
    VALUES (?, ?, ?, '${HASH}', ?, '[]', 'response.pgp', '${HASH}', 1, ?, ?)`);
  const insertPurge = db.prepare(`
    INSERT INTO purges (id, case_id, rule, prints, removed, kept_records, purged_by, purged_at) VALUES (?, ?, 'generated', '[]', '{}', '{}', NULL, ?)`);
  const userId = 'u_history';
  db.prepare(
    "INSERT OR IGNORE INTO users (id, username, display_name, password_hash, created_at, password_changed_at) VALUES (?, 'history', 'History', 'x', ?, ?)",
  ).run(userId, options.start, options.start);
  const withOutcomes = options.outcomes ?? true;
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
            const receivedMs = start + week * 7 * DAY_MS + Math.floor(random.next() * 7 * DAY_MS);
            const at = new Date(receivedMs).toISOString();
            caseCount++;
            const caseId = `c_h${caseCount}`;
            const end = withOutcomes ? ending(random) : 'unanswered';
            const state = end === 'unanswered' ? 'in-comparison' : end === 'match' || end === 'match-filtered' ? 'released' : 'purged';
            insertCase.run(caseId, `${partner.id.slice(3).toUpperCase()}-${caseCount}`, partner.id, purposeCode, state, at, at);
            if (end === 'unanswered') continue;
            // Answered within the day, released (and a no match purged) the next day.
            const drafted = new Date(receivedMs + Math.floor(random.next() * 0.5 * DAY_MS)).toISOString();
            const released = new Date(receivedMs + DAY_MS).toISOString();
            const answer = end === 'match' || end === 'match-filtered' ? 'match' : 'no-match';
            const withheld = end === 'match-filtered' ? '[{"element":"current-immigration-status","rule":"agreement"}]' : '[]';
            const restricted = end === 'protected' ? 'special protected class' : null;
            insertDisclosure.run(`d_h${caseCount}`, caseId, partner.id, answer, withheld, restricted, 'released', drafted);
            insertRelease.run(`r_h${caseCount}`, `d_h${caseCount}`, caseId, partner.name, userId, released);
            if (answer === 'no-match') insertPurge.run(`g_h${caseCount}`, caseId, released);
          }
        }
      }
    }
  })();
  return { caseCount, partners, userId };
}
