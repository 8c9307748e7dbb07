// Analysis, the A of ACE-V: before any candidate is shown, the examiner records
// for each query print whether it is suitable for comparison, with quality
// notes and how many features they marked. When every query print of the case
// is analysed the case moves on: to comparison if any is suitable, otherwise
// "not suitable" ends the examination with that conclusion.
import { z } from 'zod';
import type { CaseSummary } from '../../../preload/contract/cases';
import { conflict, notFound, RidgelineError } from '../errors';
import { newId } from '../ids';
import type { Workspace } from '../workspace';
import { assertOperation, caseCommand, transition, type CaseActor } from '../cases/transitions';

export const analysisValues = ['suitable', 'not-suitable'] as const;
export type AnalysisValue = (typeof analysisValues)[number];

export interface AnalysisInput {
  caseId: string;
  printId: string;
  value: AnalysisValue;
  qualityNotes: string;
}

export interface Analysis {
  id: string;
  caseId: string;
  printId: string;
  phase: 'examination' | 'verification';
  value: AnalysisValue;
  qualityNotes: string;
  featureCount: number;
  examinerId: string;
  recordedAt: string;
}

interface AnalysisRow {
  id: string;
  case_id: string;
  print_id: string;
  phase: Analysis['phase'];
  value: AnalysisValue;
  quality_notes: string;
  feature_count: number;
  examiner_id: string;
  recorded_at: string;
}

const MAX_NOTES = 4000;
export const analysisNotes = z.string().trim().max(MAX_NOTES);

const toAnalysis = (row: AnalysisRow): Analysis => ({
  id: row.id,
  caseId: row.case_id,
  printId: row.print_id,
  phase: row.phase,
  value: row.value,
  qualityNotes: row.quality_notes,
  featureCount: row.feature_count,
  examinerId: row.examiner_id,
  recordedAt: row.recorded_at,
});

/** The features currently marked on a print (minutiae, cores, deltas; not the region of interest). */
export function markedFeatureCount(ws: Workspace, printId: string): number {
  return (ws.db.prepare("SELECT count(*) AS n FROM annotations WHERE print_id = ? AND superseded_by IS NULL AND kind IN ('minutia', 'core', 'delta')").get(printId) as { n: number }).n;
}

export function analysesOfCase(ws: Workspace, scope: readonly string[], caseId: string): Analysis[] {
  assertOperation(ws, scope, caseId, 'case.view');
  return (ws.db.prepare("SELECT * FROM analyses WHERE case_id = ? AND phase = 'examination' ORDER BY recorded_at, id").all(caseId) as AnalysisRow[]).map(toAnalysis);
}

/**
 * Records the analysis of one query print; the last one of the case moves it
 * (analysis.suitable or analysis.not-suitable). The first analysis makes the
 * actor the case's examiner. One transaction with its audit entries.
 */
export function recordAnalysis(ws: Workspace, actor: CaseActor, input: AnalysisInput, now: Date = new Date()): { analysis: Analysis; case: CaseSummary } {
  const notes = input.qualityNotes.trim();
  if (notes.length > MAX_NOTES) throw new RidgelineError('invalid-argument', `Quality notes are at most ${MAX_NOTES} characters`);
  return caseCommand(
    ws,
    actor,
    input.caseId,
    'analysis.record',
    () => {
      const summary = assertOperation(ws, actor.partnerIds, input.caseId, 'analysis.record');
      const print = ws.db.prepare("SELECT case_id FROM prints WHERE id = ? AND role = 'query'").get(input.printId) as { case_id: string } | undefined;
      if (!print || print.case_id !== input.caseId) throw notFound('Print', input.printId);
      const examiner = (ws.db.prepare('SELECT examiner_id FROM cases WHERE id = ?').get(input.caseId) as { examiner_id: string | null }).examiner_id;
      if (examiner && examiner !== actor.userId) throw new RidgelineError('forbidden', 'Another examiner has this case', { caseId: input.caseId });
      if (ws.db.prepare("SELECT 1 FROM analyses WHERE print_id = ? AND phase = 'examination'").get(input.printId)) {
        throw conflict('This print is already analysed', { printId: input.printId });
      }
      if (summary.state === 'received') {
        transition(ws, actor, input.caseId, 'analysis.start', { now, effect: () => assignExaminer(ws, input.caseId, actor.userId) });
      } else if (!examiner) {
        assignExaminer(ws, input.caseId, actor.userId);
      }
      const id = newId('an');
      const featureCount = markedFeatureCount(ws, input.printId);
      const at = now.toISOString();
      ws.db
        .prepare("INSERT INTO analyses (id, case_id, print_id, phase, value, quality_notes, feature_count, examiner_id, recorded_at) VALUES (?, ?, ?, 'examination', ?, ?, ?, ?, ?)")
        .run(id, input.caseId, input.printId, input.value, notes, featureCount, actor.userId, at);
      ws.audit.record({
        actor,
        event: 'analysis.recorded',
        outcome: 'success',
        objects: [`case:${input.caseId}`, `print:${input.printId}`],
        details: { value: input.value, featureCount, qualityNotes: notes },
        at: now,
      });
      const pending = ws.db
        .prepare("SELECT count(*) AS n FROM prints p WHERE p.case_id = ? AND p.role = 'query' AND NOT EXISTS (SELECT 1 FROM analyses a WHERE a.print_id = p.id AND a.phase = 'examination')")
        .get(input.caseId) as { n: number };
      let after = ws.cases.summary(actor.partnerIds, input.caseId);
      if (pending.n === 0) {
        const anySuitable = ws.db.prepare("SELECT 1 FROM analyses WHERE case_id = ? AND phase = 'examination' AND value = 'suitable'").get(input.caseId);
        after = transition(ws, actor, input.caseId, anySuitable ? 'analysis.suitable' : 'analysis.not-suitable', { now });
      }
      return { analysis: toAnalysis(ws.db.prepare('SELECT * FROM analyses WHERE id = ?').get(id) as AnalysisRow), case: after };
    },
    now,
  );
}

function assignExaminer(ws: Workspace, caseId: string, userId: string): void {
  ws.db.prepare('UPDATE cases SET examiner_id = ? WHERE id = ? AND examiner_id IS NULL').run(userId, caseId);
}
