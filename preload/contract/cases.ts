// Cases, prints, candidates and annotations: the worklist and comparison workspace.
import { z } from 'zod';
import { featureKinds, featureOrigins, markedMinutiaTypes } from '../shared/fingerprint';
import { method } from './define';

export const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

export const caseState = z.enum([
  'received',
  'blocked',
  'in-analysis',
  'in-comparison',
  'concluded',
  'in-verification',
  'verified',
  'conflict',
  'disclosure-drafted',
  'approved',
  'returned',
  'released',
  'purged',
  'closed',
]);

export const caseSummary = z.object({
  id,
  reference: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  purposeCode: z.string(),
  state: caseState,
  foreignProvided: z.boolean(),
  /** The partner agreement version the case is handled under (set at intake screening). */
  agreementVersion: z.number().int().nullable().optional(),
  queryPrintCount: z.number().int(),
  candidateCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const printRole = z.enum(['query', 'holding']);

export const printSummary = z.object({
  id,
  caseId: z.string().nullable(),
  role: printRole,
  label: z.string(),
  fingerPosition: z.number().int().min(0).max(255),
  impressionType: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  ppi: z.number().positive(),
  source: z.string(),
  foreignProvided: z.boolean(),
  sha256: z.string(),
});
export type PrintSummary = z.infer<typeof printSummary>;

export const candidate = z.object({
  id,
  caseId: z.string(),
  queryPrintId: z.string(),
  print: printSummary,
  rank: z.number().int().positive(),
  score: z.number(),
});
export type Candidate = z.infer<typeof candidate>;

export const annotationKind = z.enum(featureKinds);
export const annotation = z.object({
  id,
  printId: z.string(),
  kind: annotationKind,
  origin: z.enum(featureOrigins),
  x: z.number(),
  y: z.number(),
  /** Radians, counter-clockwise from the +x axis in image coordinates (y down). */
  direction: z.number().nullable(),
  minutiaType: z.enum(markedMinutiaTypes).nullable(),
  quality: z.number().min(0).max(100).nullable(),
  author: z.string(),
  createdAt: z.string(),
});
export type Annotation = z.infer<typeof annotation>;

/** Why a case is blocked (purpose code outside the agreement) and, once decided, the supervisor's decision. */
export const caseBlock = z.object({
  reason: z.string(),
  purposeCode: z.string(),
  agreedPurposeCodes: z.array(z.string()),
  blockedAt: z.string(),
  decision: z.enum(['admit', 'refuse']).nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type CaseBlock = z.infer<typeof caseBlock>;

export const caseDetail = caseSummary.extend({
  queryPrints: z.array(printSummary),
  candidates: z.array(candidate),
  /** Present when the case was ever blocked at intake. */
  block: caseBlock.nullable().optional(),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const casesContract = {
  'cases.list': method(z.object({}).strict(), z.array(caseSummary)),
  'cases.get': method(z.object({ caseId: id }).strict(), caseDetail),
  'prints.annotations': method(z.object({ printId: id }).strict(), z.array(annotation)),
  /** Supervisor: admit a blocked case into analysis, or refuse it (the case closes). */
  'cases.decideBlocked': method(
    z.object({ caseId: id, decision: z.enum(['admit', 'refuse']), reason: z.string().trim().min(1).max(2000) }).strict(),
    caseSummary,
  ),
  'workspace.info': method(
    z.object({}).strict(),
    z.object({ schemaVersion: z.number().int(), caseCount: z.number().int(), printCount: z.number().int(), demo: z.boolean() }),
  ),
};
