// A report leaving the workstation as a file: built from the same table as the
// screen, hashed, and recorded as a release (what, when, to whom) in the trail.
// Not charged against the daily export limit: that limit counts prints and
// records of people, and a report holds only counts per partner and code.
import { createHash } from 'node:crypto';
import type { AuditActor, AuditLog } from '../audit/log';
import { tableToPdf } from './pdf';
import { tableToCsv, type ReportTable } from './table';

export interface ReportFile {
  fileName: string;
  mediaType: 'text/csv' | 'application/pdf';
  bytes: Uint8Array;
  sha256: string;
}

export async function exportReport(
  audit: AuditLog,
  actor: AuditActor & { username: string },
  input: { name: string; table: ReportTable; format: 'csv' | 'pdf'; range: { from: string; to: string } },
  at: Date,
): Promise<ReportFile> {
  const generatedAt = at.toISOString();
  const bytes =
    input.format === 'csv'
      ? new TextEncoder().encode(tableToCsv(input.table))
      : await tableToPdf(input.table, { generatedAt, generatedBy: actor.username });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fileName = `ridgeline-${input.name}-report-${input.range.from}-to-${input.range.to}.${input.format}`;
  audit.record({
    actor,
    event: 'report.exported',
    outcome: 'success',
    objects: [`report:${input.name}`],
    details: { format: input.format, fileName, from: input.range.from, to: input.range.to, rows: input.table.rows.length, sha256 },
    release: { recipient: `file export by ${actor.username} at workstation ${actor.workstation}`, elements: [input.table.title], date: generatedAt },
    at,
  });
  return { fileName, mediaType: input.format === 'csv' ? 'text/csv' : 'application/pdf', bytes, sha256 };
}
