// @vitest-environment jsdom
// The comparison workspace asks the matcher for the selected candidate's
// proposed correspondences once its print is on screen (images first), lists
// them with their strength, keeps them per candidate, and draws the same
// numbers on both viewers; pointing at a number highlights that pair.
import { act, cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProposedCorrespondences } from '../../preload/contract/correspondences';
import { ComparisonWorkspace } from '../../renderer/src/features/comparison/ComparisonWorkspace';
import { useCorrespondenceMarks } from '../../renderer/src/features/comparison/use-correspondence-marks';
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
    { index: 3, query: { x: 10, y: 12, direction: 2 }, candidate: { x: 110, y: 112, direction: 2.7 }, weight: 0.4 },
  ],
  transform: { rotation: 0.7, dx: 100, dy: 100, scale: 1 },
  queryMinutiaCount: 31,
  candidateMinutiaCount: 28,
};

beforeEach(() => {
  useComparisonStore.getState().close();
  if (!useCanvasStore.getState().layers.correspondences) useCanvasStore.getState().toggleLayer('correspondences');
});
afterEach(cleanup);

/** jsdom decodes no image: the candidate's print "arrives" when the test says so. */
const printArrives = () => act(() => useCanvasStore.getState().setContent('candidate', { width: 300, height: 400 }, 500));

async function openCase(answer: Parameters<typeof installFakeBridge>[0][string]) {
  const calls = installFakeBridge({ 'cases.get': ok(detail()), 'prints.annotations': ok([]), 'candidates.correspondences': answer });
  await act(() => useComparisonStore.getState().open('c_1'));
  render(<ComparisonWorkspace onBack={vi.fn()} />);
  return calls;
}

const marks = (viewer: 'query' | 'candidate') => renderHook(() => useCorrespondenceMarks(viewer)).result.current;

describe('proposed correspondences', () => {
  it('are asked for only once the candidate print is on screen, then listed with their strength', async () => {
    const calls = await openCase(ok(proposals));
    expect(calls.some((c) => c.method === 'candidates.correspondences')).toBe(false);
    await printArrives();
    const summary = await screen.findByTestId('correspondences-summary');
    expect(calls.filter((c) => c.method === 'candidates.correspondences').map((c) => c.args)).toEqual([{ candidateId: 'k_1' }]);
    expect(summary.querySelector('h2')?.textContent).toBe('Proposed correspondences (3)');
    expect(screen.getByTestId('proposal-strength').textContent).toContain('Score 61.4 ≥ threshold 30.0');
    const rows = screen.getAllByTestId('proposed-pair');
    expect(rows.map((b) => [b.textContent?.slice(0, 1), b.dataset.strength])).toEqual([
      ['1', 'proposed'],
      ['2', 'proposed'],
      ['3', 'weak'],
    ]);
  });

  it('are computed once per candidate: coming back to a candidate does not ask the matcher again', async () => {
    const calls = await openCase(ok(proposals));
    await printArrives();
    await screen.findByTestId('correspondences-summary');
    await act(() => useCorrespondenceStore.getState().load(null));
    await act(() => useCorrespondenceStore.getState().load('k_1'));
    expect(useCorrespondenceStore.getState().status).toBe('ready');
    expect(calls.filter((c) => c.method === 'candidates.correspondences')).toHaveLength(1);
  });

  it('of a candidate under the threshold are all weak, and say they are not evidence', async () => {
    await openCase(ok({ ...proposals, score: 12, aboveThreshold: false }));
    await printArrives();
    expect((await screen.findByTestId('proposal-strength')).textContent).toContain('weak proposals, not evidence of a match');
    expect(screen.getAllByTestId('proposed-pair').every((b) => b.dataset.strength === 'weak')).toBe(true);
    expect(marks('query').every((m) => m.status === 'weak')).toBe(true);
  });

  it('are marked with the same numbers at the paired minutiae of both prints; the pair pointed at is highlighted', async () => {
    await openCase(ok(proposals));
    await printArrives();
    await screen.findByTestId('correspondences-summary');
    expect(marks('query').map((m) => [m.label, m.x, m.y, m.status])).toEqual([
      ['1', 40, 50, 'proposed'],
      ['2', 80, 90, 'proposed'],
      ['3', 10, 12, 'weak'],
    ]);
    expect(marks('candidate').map((m) => [m.label, m.x, m.y])).toEqual([
      ['1', 140, 150],
      ['2', 180, 190],
      ['3', 110, 112],
    ]);
    fireEvent.mouseEnter(screen.getAllByTestId('proposed-pair')[1]!);
    expect(marks('query').map((m) => m.highlighted)).toEqual([false, true, false]);
    expect(marks('candidate').map((m) => m.highlighted)).toEqual([false, true, false]);
  });

  it('are stepped through with J and K, strong proposals first', async () => {
    await openCase(ok(proposals));
    await printArrives();
    await screen.findByTestId('correspondences-summary');
    fireEvent.keyDown(window, { key: 'j' });
    expect(useCorrespondenceStore.getState().hovered).toBe(1);
    fireEvent.keyDown(window, { key: 'j' });
    fireEvent.keyDown(window, { key: 'j' });
    expect(useCorrespondenceStore.getState().hovered).toBe(3);
    fireEvent.keyDown(window, { key: 'j' });
    expect(useCorrespondenceStore.getState().hovered).toBe(1);
    fireEvent.keyDown(window, { key: 'k' });
    expect(useCorrespondenceStore.getState().hovered).toBe(3);
  });

  it('joins the pointed pair across the two viewers with a line placed from the canvas state', async () => {
    await openCase(ok(proposals));
    await printArrives();
    await screen.findByTestId('correspondences-summary');
    // jsdom has no layout: the viewers report where they sit, as they do on resize.
    act(() => {
      useCanvasStore.getState().setView('query', { width: 640, height: 480 }, { x: 0, y: 100 });
      useCanvasStore.getState().setView('candidate', { width: 640, height: 480 }, { x: 700, y: 100 });
    });
    expect(screen.queryByTestId('correspondence-link')).toBeNull();
    fireEvent.mouseEnter(screen.getAllByTestId('proposed-pair')[0]!);
    const { query, candidate } = useCanvasStore.getState().viewers;
    const line = (await screen.findByTestId('correspondence-link')).querySelector('line')!;
    expect(Number(line.getAttribute('x1'))).toBeCloseTo(query.viewport.x + 40 * query.viewport.scale);
    expect(Number(line.getAttribute('y1'))).toBeCloseTo(100 + query.viewport.y + 50 * query.viewport.scale);
    expect(Number(line.getAttribute('x2'))).toBeCloseTo(700 + candidate.viewport.x + 140 * candidate.viewport.scale);
    fireEvent.mouseLeave(screen.getByRole('list', { name: 'Proposed pairs' }).parentElement!);
    await waitFor(() => expect(screen.queryByTestId('correspondence-link')).toBeNull());
  });

  it('says why when the matcher cannot answer, and marks nothing', async () => {
    await openCase({ ok: false, error: { code: 'unsupported', message: 'The native matcher is not available' } });
    await printArrives();
    const panel = await screen.findByTestId('correspondences-panel');
    await waitFor(() => expect(panel.getAttribute('data-status')).toBe('error'));
    expect(screen.getByRole('alert').textContent).toContain('Proposed correspondences unavailable');
    expect(marks('query')).toHaveLength(0);
  });
});
