// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ComparisonWorkspace } from '../../renderer/src/features/comparison/ComparisonWorkspace';
import { useCanvasStore } from '../../renderer/src/store/canvas';
import { useComparisonStore } from '../../renderer/src/store/comparison';
import { detail, installFakeBridge, ok } from './fake-bridge';

const annotation = (printId: string) => ({
  id: `a_${printId}`,
  printId,
  kind: 'minutia',
  origin: 'ground-truth',
  x: 10,
  y: 20,
  direction: 1,
  minutiaType: 'ending',
  quality: 80,
  author: 'generator',
  createdAt: '2026-11-23T10:00:00.000Z',
});

beforeEach(() => {
  useComparisonStore.getState().close();
});
afterEach(cleanup);

async function openCase() {
  const calls = installFakeBridge({
    'cases.get': ok(detail()),
    'prints.annotations': (args) => ok([annotation((args as { printId: string }).printId)]),
  });
  await act(() => useComparisonStore.getState().open('c_1'));
  return calls;
}

describe('ComparisonWorkspace', () => {
  it('shows query and candidate side by side with the case identity and foreign badges', async () => {
    await openCase();
    render(<ComparisonWorkspace onBack={vi.fn()} />);
    expect(screen.getByTestId('viewer-query')).toBeTruthy();
    expect(screen.getByTestId('viewer-candidate')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'REF-2026-0001' })).toBeTruthy();
    const badges = screen.getAllByTestId('foreign-provided-badge');
    // case bar, query pane header, query print list entry
    expect(badges.length).toBeGreaterThanOrEqual(3);
    expect(screen.getByTestId('pane-candidate').querySelector('[data-testid="foreign-provided-badge"]')).toBeNull();
  });

  it('fetches the annotations of both prints on screen', async () => {
    const calls = await openCase();
    render(<ComparisonWorkspace onBack={vi.fn()} />);
    await waitFor(() => {
      const asked = calls.filter((c) => c.method === 'prints.annotations').map((c) => (c.args as { printId: string }).printId);
      expect(asked.sort()).toEqual(['p_h', 'p_q']);
    });
    await waitFor(() => expect(Object.keys(useComparisonStore.getState().annotations).sort()).toEqual(['p_h', 'p_q']));
  });

  it('zooms with the toolbar and the keyboard, each viewer on its own', async () => {
    await openCase();
    render(<ComparisonWorkspace onBack={vi.fn()} />);
    const before = useCanvasStore.getState().viewers.query.viewport.scale;
    fireEvent.click(screen.getByTestId('query-zoom-in'));
    expect(useCanvasStore.getState().viewers.query.viewport.scale).toBeGreaterThan(before);
    fireEvent.keyDown(screen.getByTestId('viewer-candidate'), { key: '-' });
    expect(useCanvasStore.getState().viewers.candidate.viewport.scale).toBeLessThan(before);
    fireEvent.keyDown(screen.getByTestId('viewer-candidate'), { key: 'ArrowLeft' });
    expect(useCanvasStore.getState().viewers.candidate.viewport.x).toBeGreaterThan(0);
    expect(screen.getByTestId('viewer-query').getAttribute('data-scale')).toBe(useCanvasStore.getState().viewers.query.viewport.scale.toFixed(4));
  });

  it('goes back to the worklist with Escape', async () => {
    await openCase();
    const onBack = vi.fn();
    render(<ComparisonWorkspace onBack={onBack} />);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onBack).toHaveBeenCalled();
  });

  it('shows the typed error when the case cannot be opened', async () => {
    installFakeBridge({ 'cases.get': { ok: false, error: { code: 'not-found', message: 'Case c_1 was not found' } } });
    await act(() => useComparisonStore.getState().open('c_1'));
    render(<ComparisonWorkspace onBack={vi.fn()} />);
    expect(screen.getByRole('alert').textContent).toContain('Case c_1 was not found');
  });
});
