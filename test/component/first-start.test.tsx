// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirstStart } from '../../renderer/src/app/FirstStart';
import { installFakeBridge, ok } from './fake-bridge';

afterEach(cleanup);

const summary = { created: true, partnerId: 'partner_demo', caseIds: ['c_1'], holdingCount: 10, queryPrintCount: 4, candidateScores: 'matcher', seed: 1 };

describe('FirstStart', () => {
  it('loads the demo and reports back', async () => {
    const calls = installFakeBridge({ 'demo.load': ok(summary) });
    const onLoaded = vi.fn();
    render(<FirstStart onLoaded={onLoaded} />);
    fireEvent.click(screen.getByTestId('load-demo'));
    await waitFor(() => expect(onLoaded).toHaveBeenCalledOnce());
    expect(calls).toEqual([{ method: 'demo.load', args: {} }]);
  });

  it('shows why the demo could not be loaded', async () => {
    installFakeBridge({ 'demo.load': { ok: false, error: { code: 'forbidden', message: 'Your role may not perform demo.load' } } });
    const onLoaded = vi.fn();
    render(<FirstStart onLoaded={onLoaded} />);
    fireEvent.click(screen.getByTestId('load-demo'));
    expect((await screen.findByRole('alert')).textContent).toContain('Your role may not perform demo.load');
    expect(onLoaded).not.toHaveBeenCalled();
    expect((screen.getByTestId('load-demo') as HTMLButtonElement).disabled).toBe(false);
  });
});
