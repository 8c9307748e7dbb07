// Oversight of the exchange: notices of inaccurate data (48-hour clock), the
// flags they leave on data, redress requests and privacy incidents.
import { z } from 'zod';
import { id } from './cases';
import { method } from './define';

const text = z.string().trim().min(1).max(4000);
const isoTime = z.string().max(40).regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'an ISO date or date-time (UTC)');

export const noticeSubject = z.enum(['case', 'response', 'holding']);
export const correctionAction = z.enum(['corrected', 'annotated', 'blocked', 'deleted']);

export const correctionNotice = z.object({
  id,
  partnerId: z.string(),
  source: z.enum(['partner', 'internal']),
  subjectKind: noticeSubject,
  subjectId: z.string(),
  description: z.string(),
  noticedAt: z.string(),
  /** 48 hours after the notice was recorded. */
  dueAt: z.string(),
  recordedBy: z.string(),
  action: correctionAction.nullable(),
  resolution: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  overdue: z.boolean(),
});
export type CorrectionNotice = z.infer<typeof correctionNotice>;

export const dataFlag = z.object({
  id,
  objectKind: z.enum(['case', 'response', 'holding', 'print']),
  objectId: z.string(),
  flag: z.enum(['annotated', 'blocked']),
  text: z.string(),
  noticeId: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type DataFlag = z.infer<typeof dataFlag>;

export const oversightKind = z.enum(['redress', 'incident']);
export const oversightStatus = z.enum(['open', 'investigating', 'closed']);

export const oversightRecord = z.object({
  id,
  kind: oversightKind,
  category: z.string(),
  partnerId: z.string().nullable(),
  summary: z.string(),
  status: oversightStatus,
  outcome: z.string().nullable(),
  dueAt: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  updatedAt: z.string(),
  caseIds: z.array(z.string()),
  overdue: z.boolean(),
});
export type OversightRecord = z.infer<typeof oversightRecord>;

export const oversightContract = {
  'corrections.record': method(
    z.object({ source: z.enum(['partner', 'internal']), subjectKind: noticeSubject, subjectId: id, description: text }).strict(),
    correctionNotice,
  ),
  'corrections.resolve': method(z.object({ noticeId: id, action: correctionAction, resolution: text }).strict(), correctionNotice),
  'corrections.list': method(
    z.object({ openOnly: z.boolean().default(false), overdueOnly: z.boolean().default(false) }).strict(),
    z.object({ notices: z.array(correctionNotice) }),
  ),
  'flags.of': method(
    z.object({ objectKind: z.enum(['case', 'response', 'holding', 'print']), objectId: id }).strict(),
    z.object({ flags: z.array(dataFlag) }),
  ),
  'oversight.records.create': method(
    z
      .object({
        kind: oversightKind,
        category: z.string().min(1).max(64),
        partnerId: id.nullable(),
        summary: text,
        dueAt: isoTime,
        caseIds: z.array(id).max(200).default([]),
      })
      .strict(),
    oversightRecord,
  ),
  'oversight.records.update': method(
    z.object({ id, status: oversightStatus, outcome: text.nullable() }).strict(),
    oversightRecord,
  ),
  'oversight.records.list': method(z.object({}).strict(), z.object({ records: z.array(oversightRecord) })),
};
