// Which data is past its retention date under the partner's agreement in force.
// The agreement now in force applies (not the version a case was handled under):
// a retention duty is owed today, and a partner who shortens it means it for
// the data already here. Three rules, each naming itself for the purge record:
//   - after a "no match" the query prints go at once (programme rule);
//   - after a "match", when the agreement says so, the query prints go too;
//   - matched data is kept at most the agreement's number of days.
import type { Db } from '../db/open';
import type { RetentionRules } from '../../../preload/contract/agreements';

export interface ExpiredCase {
  caseId: string;
  partnerId: string;
  answer: 'match' | 'no-match';
  releasedAt: string;
  /** When the data should have gone. */
  dueAt: string;
  agreementVersion: number;
  rule: string;
}

interface ReleasedRow {
  case_id: string;
  partner_id: string;
  answer: 'match' | 'no-match';
  released_at: string;
  version: number;
  retention: string;
}

const DAY_MS = 86_400_000;

/** Released cases that still hold query prints, with the agreement in force for their partner. */
const RELEASED_WITH_PRINTS = `
  SELECT r.case_id, c.partner_id, d.answer, r.released_at, v.version, v.retention
  FROM releases r
  JOIN disclosures d ON d.id = r.disclosure_id
  JOIN cases c ON c.id = r.case_id
  JOIN agreement_versions v ON v.partner_id = c.partner_id
   AND v.version = (SELECT max(version) FROM agreement_versions WHERE partner_id = c.partner_id)
  WHERE EXISTS (SELECT 1 FROM prints p WHERE p.case_id = r.case_id AND p.role = 'query')`;

function dueOf(row: ReleasedRow, rules: RetentionRules): { dueAt: string; rule: string } | null {
  const label = `agreement v${row.version} of partner ${row.partner_id}`;
  if (row.answer === 'no-match') return { dueAt: row.released_at, rule: `${label}: query prints deleted after no match` };
  if (rules.deleteQueryPrintsAfterMatch) return { dueAt: row.released_at, rule: `${label}: query prints deleted after the match was answered` };
  const due = new Date(Date.parse(row.released_at) + rules.matchedDataRetentionDays * DAY_MS).toISOString();
  return { dueAt: due, rule: `${label}: matched data kept ${rules.matchedDataRetentionDays} days` };
}

/** Every case holding data past its retention date at `now`, oldest due first. */
export function expiredCases(db: Db, now: Date, scope?: readonly string[]): ExpiredCase[] {
  const rows = db.prepare(RELEASED_WITH_PRINTS).all() as ReleasedRow[];
  const at = now.toISOString();
  const expired: ExpiredCase[] = [];
  for (const row of rows) {
    if (scope && !scope.includes(row.partner_id)) continue;
    const due = dueOf(row, JSON.parse(row.retention) as RetentionRules);
    if (!due || due.dueAt > at) continue;
    expired.push({ caseId: row.case_id, partnerId: row.partner_id, answer: row.answer, releasedAt: row.released_at, dueAt: due.dueAt, agreementVersion: row.version, rule: due.rule });
  }
  return expired.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}
