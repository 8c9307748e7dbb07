// Oversight reports for supervisors and auditors: the daily match report, the
// weekly purpose-code volumes with anomaly flags, and the period sharing
// summary. Each can be exported (CSV or PDF), which is audited as a release.
import { z } from 'zod';
import { method } from './define';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date (YYYY-MM-DD, UTC)');
export const reportRange = z.object({ from: day, to: day }).strict();

export const weeklyReport = z.object({
  from: z.string(),
  to: z.string(),
  rule: z.string(),
  series: z.array(
    z.object({
      partnerId: z.string(),
      partnerName: z.string(),
      purposeCode: z.string(),
      weeks: z.array(z.object({ weekStart: z.string(), count: z.number().int(), baseline: z.number().nullable(), anomalous: z.boolean() })),
    }),
  ),
  anomalies: z.array(z.object({ partnerId: z.string(), purposeCode: z.string(), weekStart: z.string(), count: z.number().int(), baseline: z.number() })),
});
export type WeeklyReport = z.infer<typeof weeklyReport>;

const outcomeCounts = z.object({
  received: z.number().int(),
  matches: z.number().int(),
  filteredMatches: z.number().int(),
  protectedClassFiltered: z.number().int(),
  agreementFiltered: z.number().int(),
  nonFilteredMatches: z.number().int(),
  noMatches: z.number().int(),
  released: z.number().int(),
  purged: z.number().int(),
});
const outcomeRow = outcomeCounts.extend({ bucket: z.string(), partnerId: z.string(), partnerName: z.string() });

export const dailyReport = z.object({ from: z.string(), to: z.string(), rows: z.array(outcomeRow), totals: outcomeCounts });
export type DailyReport = z.infer<typeof dailyReport>;

export const granularity = z.enum(['month', 'quarter', 'year']);
export const sharingReport = z.object({
  from: z.string(),
  to: z.string(),
  granularity,
  rows: z.array(outcomeRow),
  totals: outcomeCounts,
  pastRetention: z.array(
    z.object({ caseId: z.string(), partnerId: z.string(), answer: z.enum(['match', 'no-match']), releasedAt: z.string(), dueAt: z.string(), agreementVersion: z.number(), rule: z.string() }),
  ),
  generatedAt: z.string(),
});
export type SharingReport = z.infer<typeof sharingReport>;

export const reportKind = z.enum(['daily', 'weekly', 'period']);
export type ReportKind = z.infer<typeof reportKind>;

export const reportFile = z.object({
  fileName: z.string(),
  mediaType: z.enum(['text/csv', 'application/pdf']),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes (a Uint8Array)'),
  sha256: z.string().length(64),
});
export type ReportFile = z.infer<typeof reportFile>;

export const reportsContract = {
  'reports.daily': method(reportRange, dailyReport),
  'reports.weekly': method(reportRange, weeklyReport),
  'reports.period': method(reportRange.extend({ granularity: granularity.default('month') }), sharingReport),
  'reports.export': method(
    z.object({ report: reportKind, from: day, to: day, format: z.enum(['csv', 'pdf']), granularity: granularity.default('month') }).strict(),
    reportFile,
  ),
};
