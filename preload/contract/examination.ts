// The case lifecycle as the renderer sees it, and the analysis of query prints
// (ACE-V "A"). The lifecycle table itself lives in main/core/cases/lifecycle.ts;
// cases.actions says what the caller may do on one case now.
import { z } from 'zod';
import { caseState, caseSummary, id } from './cases';
import { method } from './define';

export const moveName = z.enum([
  'intake.block',
  'block.admit',
  'block.refuse',
  'analysis.start',
  'analysis.suitable',
  'analysis.not-suitable',
  'examination.conclude',
  'verification.request',
  'verification.agree',
  'verification.disagree',
  'conflict.resolve',
  'disclosure.draft',
  'disclosure.approve',
  'disclosure.return',
  'release',
  'purge',
  'close',
]);
export type MoveNameDto = z.infer<typeof moveName>;

export const operationName = z.enum([
  'case.view',
  'prints.view',
  'candidates.view',
  'markup.edit',
  'analysis.record',
  'correspondences.edit',
  'conclusion.record',
  'verification.record',
  'prints.export',
  'chart.export',
  'case.import',
]);
export type OperationNameDto = z.infer<typeof operationName>;

export const lifecycleMove = z.object({
  move: moveName,
  from: z.array(caseState),
  to: caseState,
  /** null: a workstation rule (intake screening), not a user's decision. */
  permission: z.string().nullable(),
  event: z.string(),
});

export const caseActions = z.object({
  caseId: id,
  state: caseState,
  /** Moves the caller's roles allow from the current state (guards, e.g. "not your own case", still apply). */
  moves: z.array(moveName),
  /** Operations the current state allows. */
  operations: z.array(operationName),
  examinerId: z.string().nullable(),
  verifierId: z.string().nullable(),
  /** True when the caller is this case's examiner (they can never verify it). */
  callerIsExaminer: z.boolean(),
});
export type CaseActions = z.infer<typeof caseActions>;

export const analysisValue = z.enum(['suitable', 'not-suitable']);

export const analysis = z.object({
  id,
  caseId: id,
  printId: id,
  phase: z.enum(['examination', 'verification']),
  value: analysisValue,
  qualityNotes: z.string(),
  /** Minutiae, cores and deltas marked on the print when the analysis was recorded. */
  featureCount: z.number().int().nonnegative(),
  examinerId: z.string(),
  recordedAt: z.string(),
});
export type AnalysisDto = z.infer<typeof analysis>;

export const examinationContract = {
  /** The whole lifecycle table (for help and the state legend). */
  'cases.lifecycle': method(
    z.object({}).strict(),
    z.object({ moves: z.array(lifecycleMove), operations: z.array(z.object({ operation: operationName, states: z.array(caseState) })) }),
  ),
  /** What the caller may do on this case now: enable buttons from this, core enforces it anyway. */
  'cases.actions': method(z.object({ caseId: id }).strict(), caseActions),
  /**
   * Records the analysis of one query print (before any candidate is shown). When every
   * query print is analysed the case moves to in-comparison, or (none suitable) to
   * concluded: "not suitable" ends the examination. The first analysis makes the caller the examiner.
   */
  'analysis.record': method(
    z.object({ caseId: id, printId: id, value: analysisValue, qualityNotes: z.string().max(4000) }).strict(),
    z.object({ analysis, case: caseSummary }),
  ),
  /** The examiner's analyses of the case's query prints. */
  'analysis.list': method(z.object({ caseId: id }).strict(), z.array(analysis)),
};
