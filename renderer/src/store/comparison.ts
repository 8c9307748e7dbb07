// The open case: its detail, the query print and candidate being compared, and
// the annotations of the prints on screen (fetched once per print).
import { create } from 'zustand';
import type { Annotation, CaseDetail } from '../../../preload/contract/cases';
import { call } from '../api/client';
import { describeError } from '../api/errors';
import type { LoadStatus } from './worklist';
import { useAdjustmentStore } from './adjustments';
import { useBenchStore } from './bench';
import { useCanvasStore } from './canvas';
import { useCorrespondenceStore } from './correspondences';

/** A new case starts with a clean bench: no viewport, adjustment, tool or proposal of the previous one. */
function resetBench(): void {
  useCanvasStore.getState().reset();
  useAdjustmentStore.getState().reset();
  useBenchStore.getState().reset();
  useCorrespondenceStore.getState().reset();
}

interface ComparisonState {
  caseId: string | null;
  detail: CaseDetail | null;
  status: LoadStatus;
  error: string | null;
  queryPrintId: string | null;
  candidateId: string | null;
  annotations: Record<string, Annotation[]>;
  open(caseId: string): Promise<void>;
  close(): void;
  selectQueryPrint(printId: string): void;
  selectCandidate(candidateId: string): void;
  loadAnnotations(printId: string): Promise<void>;
}

/** The best-ranked candidate proposed for a query print. */
function firstCandidate(detail: CaseDetail, queryPrintId: string | null): string | null {
  return detail.candidates.filter((c) => c.queryPrintId === queryPrintId).sort((a, b) => a.rank - b.rank)[0]?.id ?? null;
}

export const useComparisonStore = create<ComparisonState>()((set, get) => ({
  caseId: null,
  detail: null,
  status: 'idle',
  error: null,
  queryPrintId: null,
  candidateId: null,
  annotations: {},
  async open(caseId) {
    resetBench();
    set({ caseId, detail: null, status: 'loading', error: null, queryPrintId: null, candidateId: null, annotations: {} });
    try {
      const detail = await call('cases.get', { caseId });
      if (get().caseId !== caseId) return; // another case was opened meanwhile
      const queryPrintId = detail.queryPrints[0]?.id ?? null;
      set({ detail, status: 'ready', queryPrintId, candidateId: firstCandidate(detail, queryPrintId) });
    } catch (error) {
      if (get().caseId === caseId) set({ status: 'error', error: describeError(error) });
    }
  },
  close() {
    resetBench();
    set({ caseId: null, detail: null, status: 'idle', error: null, queryPrintId: null, candidateId: null, annotations: {} });
  },
  selectQueryPrint(printId) {
    const detail = get().detail;
    if (!detail) return;
    set({ queryPrintId: printId, candidateId: firstCandidate(detail, printId) });
  },
  selectCandidate(candidateId) {
    set({ candidateId });
  },
  async loadAnnotations(printId) {
    if (get().annotations[printId]) return;
    try {
      const list = await call('prints.annotations', { printId });
      set((s) => ({ annotations: { ...s.annotations, [printId]: list } }));
    } catch {
      // Annotations are an overlay: the print stays viewable without them. Mark as empty to avoid retry loops.
      set((s) => ({ annotations: { ...s.annotations, [printId]: [] } }));
    }
  },
}));
