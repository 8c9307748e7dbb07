// The exchange counted per day (or month, quarter, year) and partner: queries
// received, the answers drafted and the responses released. Shared by the
// daily match report and the period summaries so both count the same way.
//
// An answer counts once per case, on the day its latest draft was written (a
// returned draft is replaced by its next revision). A "filtered match" is a
// hit whose answer was filtered: a protected-class subject answered "no
// match" (the restricted reason says so; only supervisors and auditors read
// reports), or a match whose agreement withheld data elements.
import type { Db } from '../db/open';

export type Bucket = 'day' | 'month' | 'quarter' | 'year';

export interface OutcomeCounts {
  bucket: string;
  partnerId: string;
  partnerName: string;
  received: number;
  matches: number;
  filteredMatches: number;
  protectedClassFiltered: number;
  agreementFiltered: number;
  nonFilteredMatches: number;
  noMatches: number;
  released: number;
  purged: number;
}

/** SQL turning an ISO time column into the bucket's key. */
function bucketKey(column: string, bucket: Bucket): string {
  switch (bucket) {
    case 'day':
      return `substr(${column}, 1, 10)`;
    case 'month':
      return `substr(${column}, 1, 7)`;
    case 'quarter':
      return `substr(${column}, 1, 4) || '-Q' || ((CAST(substr(${column}, 6, 2) AS INTEGER) + 2) / 3)`;
    case 'year':
      return `substr(${column}, 1, 4)`;
  }
}

const IN_SCOPE = 'IN (SELECT value FROM json_each(@scope))';

export function countOutcomes(db: Db, scope: readonly string[], range: { from: Date; to: Date }, bucket: Bucket): OutcomeCounts[] {
  const params = { from: range.from.toISOString(), to: range.to.toISOString(), scope: JSON.stringify(scope) };
  const received = db
    .prepare(
      `SELECT ${bucketKey('created_at', bucket)} AS bucket, partner_id, count(*) AS n FROM cases
       WHERE created_at >= @from AND created_at < @to AND partner_id ${IN_SCOPE} GROUP BY 1, 2`,
    )
    .all(params) as { bucket: string; partner_id: string; n: number }[];
  const answers = db
    .prepare(
      `SELECT ${bucketKey('d.drafted_at', bucket)} AS bucket, d.partner_id,
              sum(d.answer = 'match' AND json_array_length(d.withheld) = 0) AS plain,
              sum(d.answer = 'match' AND json_array_length(d.withheld) > 0) AS agreement,
              sum(d.answer = 'no-match' AND d.restricted_reason IS NOT NULL) AS protected,
              sum(d.answer = 'no-match' AND d.restricted_reason IS NULL) AS none
       FROM disclosures d
       WHERE d.drafted_at >= @from AND d.drafted_at < @to AND d.partner_id ${IN_SCOPE}
         AND NOT EXISTS (SELECT 1 FROM disclosures later WHERE later.case_id = d.case_id AND later.revision > d.revision)
       GROUP BY 1, 2`,
    )
    .all(params) as { bucket: string; partner_id: string; plain: number; agreement: number; protected: number; none: number }[];
  const released = db
    .prepare(
      `SELECT ${bucketKey('r.released_at', bucket)} AS bucket, c.partner_id, count(*) AS n
       FROM releases r JOIN cases c ON c.id = r.case_id
       WHERE r.released_at >= @from AND r.released_at < @to AND c.partner_id ${IN_SCOPE} GROUP BY 1, 2`,
    )
    .all(params) as { bucket: string; partner_id: string; n: number }[];
  const purged = db
    .prepare(
      `SELECT ${bucketKey('g.purged_at', bucket)} AS bucket, c.partner_id, count(*) AS n
       FROM purges g JOIN cases c ON c.id = g.case_id
       WHERE g.purged_at >= @from AND g.purged_at < @to AND c.partner_id ${IN_SCOPE} GROUP BY 1, 2`,
    )
    .all(params) as { bucket: string; partner_id: string; n: number }[];

  const names = new Map((db.prepare('SELECT id, name FROM partners').all() as { id: string; name: string }[]).map((p) => [p.id, p.name]));
  const rows = new Map<string, OutcomeCounts>();
  const row = (bucketValue: string, partnerId: string): OutcomeCounts => {
    const key = `${bucketValue}\u0000${partnerId}`;
    let found = rows.get(key);
    if (!found) {
      found = {
        bucket: bucketValue,
        partnerId,
        partnerName: names.get(partnerId) ?? partnerId,
        received: 0,
        matches: 0,
        filteredMatches: 0,
        protectedClassFiltered: 0,
        agreementFiltered: 0,
        nonFilteredMatches: 0,
        noMatches: 0,
        released: 0,
        purged: 0,
      };
      rows.set(key, found);
    }
    return found;
  };
  for (const r of received) row(r.bucket, r.partner_id).received = r.n;
  for (const a of answers) {
    const counts = row(a.bucket, a.partner_id);
    counts.protectedClassFiltered = a.protected;
    counts.agreementFiltered = a.agreement;
    counts.filteredMatches = a.protected + a.agreement;
    counts.nonFilteredMatches = a.plain;
    counts.matches = counts.filteredMatches + counts.nonFilteredMatches;
    counts.noMatches = a.none;
  }
  for (const r of released) row(r.bucket, r.partner_id).released = r.n;
  for (const p of purged) row(p.bucket, p.partner_id).purged = p.n;
  return [...rows.values()].sort((a, b) => a.bucket.localeCompare(b.bucket) || a.partnerName.localeCompare(b.partnerName));
}
