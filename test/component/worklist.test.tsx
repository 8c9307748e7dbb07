// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Worklist } from '../../renderer/src/features/worklist/Worklist';
import { useWorklistStore } from '../../renderer/src/store/worklist';
import { installFakeBridge, ok, summary } from './fake-bridge';

beforeEach(() => useWorklistStore.setState({ cases: [], status: 'idle', error: null }));
afterEach(cleanup);

describe('Worklist', () => {
  it('lists cases with partner, purpose code, state and the foreign-provided badge', async () => {
    installFakeBridge({ 'cases.list': ok([summary(), summary({ id: 'c_2', reference: 'REF-2', foreignProvided: false, state: 'received' })]) });
    render(<Worklist onOpen={vi.fn()} />);
    await screen.findByText('REF-2026-0001');
    const rows = screen.getAllByTestId('worklist-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('Partner Agency A');
    expect(rows[0]!.textContent).toContain('CRIM-INV');
    expect(rows[0]!.textContent).toContain('In comparison');
    expect(rows[0]!.querySelector('[data-testid="foreign-provided-badge"]')).not.toBeNull();
    expect(rows[1]!.querySelector('[data-testid="foreign-provided-badge"]')).toBeNull();
    expect(rows[0]!.textContent).toContain('2026-11-23 11:30 UTC');
  });

  it('opens a case from its reference button (keyboard reachable)', async () => {
    installFakeBridge({ 'cases.list': ok([summary()]) });
    const onOpen = vi.fn();
    render(<Worklist onOpen={onOpen} />);
    const button = await screen.findByRole('button', { name: 'REF-2026-0001' });
    fireEvent.click(button);
    expect(onOpen).toHaveBeenCalledWith('c_1');
  });

  it('moves between rows with the arrow keys, Home and End: the table is one Tab stop', async () => {
    installFakeBridge({ 'cases.list': ok([summary(), summary({ id: 'c_2', reference: 'REF-2' }), summary({ id: 'c_3', reference: 'REF-3' })]) });
    render(<Worklist onOpen={vi.fn()} />);
    const first = await screen.findByRole('button', { name: 'REF-2026-0001' });
    const buttons = screen.getAllByTestId('open-case');
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('REF-2');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('REF-3');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('REF-3');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement?.textContent).toBe('REF-2026-0001');
  });

  it('shows the empty-workspace content when there is no case', async () => {
    installFakeBridge({ 'cases.list': ok([]) });
    render(<Worklist onOpen={vi.fn()} empty={<p>Offer the demo</p>} />);
    await screen.findByText('Offer the demo');
  });

  it('shows a typed error message, never a stack, and retries', async () => {
    let fail = true;
    installFakeBridge({
      'cases.list': () => (fail ? { ok: false, error: { code: 'forbidden', message: 'Your role may not perform cases.list' } } : ok([summary()])),
    });
    render(<Worklist onOpen={vi.fn()} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your role may not perform cases.list');
    expect(alert.textContent).not.toMatch(/at .*\.ts/);
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getAllByTestId('worklist-row')).toHaveLength(1));
  });
});
