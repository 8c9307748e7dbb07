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
  'reports.weekly': method(reportRange, weeklyReport),
  'reports.export': method(
    z.object({ report: reportKind, from: day, to: day, format: z.enum(['csv', 'pdf']), granularity: z.enum(['month', 'quarter', 'year']).default('month') }).strict(),
    reportFile,
  ),
};
