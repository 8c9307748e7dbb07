// @vitest-environment jsdom
// The comparison workspace asks the matcher for the selected candidate's
// proposed correspondences, lists them, and draws the same numbers on both
// viewers; pointing at a number highlights that pair on both prints.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Konva from 'konva';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProposedCorrespondences } from '../../preload/contract/correspondences';
import { ComparisonWorkspace } from '../../renderer/src/features/comparison/ComparisonWorkspace';
import { useCanvasStore } from '../../renderer/src/store/canvas';
import { useComparisonStore } from '../../renderer/src/store/comparison';
import { useCorrespondenceStore } from '../../renderer/src/store/correspondences';
import { detail, installFakeBridge, ok } from './fake-bridge';

const proposals: ProposedCorrespondences = {
  score: 61.4,
  threshold: 30,
  aboveThreshold: true,
  pairs: [
    { index: 1, query: { x: 40, y: 50, direction: 0.5 }, candidate: { x: 140, y: 150, direction: 1.2 }, weight: 4.5 },
    { index: 2, query: { x: 80, y: 90, direction: 2 }, candidate: { x: 180, y: 190, direction: 2.7 }, weight: 3.1 },
  ],
  transform: { rotation: 0.7, dx: 100, dy: 100, scale: 1 },
  queryMinutiaCount: 31,
  candidateMinutiaCount: 28,
};

/** The correspondence marks drawn in one viewer's Konva stage: [label, x, y, highlighted]. */
function drawnMarks(viewer: 'query' | 'candidate'): [string, number, number, boolean][] {
  const container = screen.getByTestId(`viewer-${viewer}`);
  const stage = Konva.stages.find((s) => container.contains(s.container()));
  if (!stage) return [];
  return stage.find('.correspondence').map((group) => {
    const text = (group as Konva.Group).findOne('Text') as Konva.Text;
    return [text.text(), group.x(), group.y(), group.hasName('highlighted')];
  });
}

beforeEach(async () => {
  useComparisonStore.getState().close();
  await useCorrespondenceStore.getState().load(null);
  if (!useCanvasStore.getState().layers.correspondences) useCanvasStore.getState().toggleLayer('correspondences');
});
afterEach(cleanup);

async function openCase(answer: Parameters<typeof installFakeBridge>[0][string]) {
  const calls = installFakeBridge({ 'cases.get': ok(detail()), 'prints.annotations': ok([]), 'candidates.correspondences': answer });
  await act(() => useComparisonStore.getState().open('c_1'));
  render(<ComparisonWorkspace onBack={vi.fn()} />);
  return calls;
}

describe('proposed correspondences', () => {
  it('fetches them for the selected candidate and lists them as proposals', async () => {
    const calls = await openCase(ok(proposals));
    const summary = await screen.findByTestId('correspondences-summary');
    expect(calls.filter((c) => c.method === 'candidates.correspondences').map((c) => c.args)).toEqual([{ candidateId: 'k_1' }]);
    expect(summary.querySelector('h2')?.textContent).toBe('Proposed correspondences (2)');
    expect(summary.querySelector('p')?.textContent).toBe('Score 61.4, threshold 30.0; the examiner decides');
    expect(screen.getAllByTestId('proposed-pair').map((b) => b.textContent?.slice(0, 1))).toEqual(['1', '2']);
  });

  it('draws the same numbers at the paired minutiae of both prints and highlights the pair pointed at', async () => {
    await openCase(ok(proposals));
    await waitFor(() => expect(drawnMarks('query')).toHaveLength(2));
    expect(drawnMarks('query')).toEqual([['1', 40, 50, false], ['2', 80, 90, false]]);
    expect(drawnMarks('candidate')).toEqual([['1', 140, 150, false], ['2', 180, 190, false]]);

    fireEvent.mouseEnter(screen.getAllByTestId('proposed-pair')[1]!);
    await waitFor(() => expect(drawnMarks('query').map((m) => m[3])).toEqual([false, true]));
    expect(drawnMarks('candidate').map((m) => m[3])).toEqual([false, true]);
  });

  it('joins the pointed pair across the two viewers with a thin line', async () => {
    // jsdom has no layout: place the viewers side by side, 640 x 480 each.
    const rect = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const left = this.dataset.testid === 'viewer-candidate' ? 700 : 0;
      return DOMRect.fromRect({ x: left, y: 100, width: 640, height: 480 });
    });
    try {
      await openCase(ok(proposals));
      await screen.findByTestId('correspondences-summary');
      expect(screen.queryByTestId('correspondence-link')).toBeNull();
      const { query, candidate } = useCanvasStore.getState().viewers;
      fireEvent.mouseEnter(screen.getAllByTestId('proposed-pair')[0]!);
      const line = (await screen.findByTestId('correspondence-link')).querySelector('line')!;
      expect(Number(line.getAttribute('x1'))).toBeCloseTo(query.viewport.x + 40 * query.viewport.scale);
      expect(Number(line.getAttribute('y1'))).toBeCloseTo(100 + query.viewport.y + 50 * query.viewport.scale);
      expect(Number(line.getAttribute('x2'))).toBeCloseTo(700 + candidate.viewport.x + 140 * candidate.viewport.scale);
      fireEvent.mouseLeave(screen.getByRole('list', { name: 'Proposed pairs' }));
      await waitFor(() => expect(screen.queryByTestId('correspondence-link')).toBeNull());
    } finally {
      rect.mockRestore();
    }
  });

  it('draws nothing when the Correspondences layer is switched off', async () => {
    await openCase(ok(proposals));
    await waitFor(() => expect(drawnMarks('candidate')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('layer-correspondences'));
    await waitFor(() => expect(drawnMarks('candidate')).toHaveLength(0));
    expect(drawnMarks('query')).toHaveLength(0);
  });

  it('says why when the matcher cannot answer, and draws nothing', async () => {
    await openCase({ ok: false, error: { code: 'unsupported', message: 'The native matcher is not available' } });
    const panel = await screen.findByTestId('correspondences-panel');
    await waitFor(() => expect(panel.getAttribute('data-status')).toBe('error'));
    expect(screen.getByRole('alert').textContent).toContain('Proposed correspondences unavailable');
    expect(drawnMarks('query')).toHaveLength(0);
  });
});
