// @vitest-environment jsdom
// The agreements screen against the real API host: a supervisor creates the
// first version and a second one; an examiner reads it without an editor.
import './node-encoders';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AgreementsScreen } from '../../renderer/src/features/agreements/AgreementsScreen';
import { useAgreementsStore } from '../../renderer/src/store/agreements';
import { useSessionStore } from '../../renderer/src/store/session';
import { setTestAgreement } from '../helpers/agreements';
import { call, createAccountsWorld } from '../unit/accounts/fixtures';

configure({ asyncUtilTimeout: 15_000 });
afterEach(cleanup);

async function mount(role: 'supervisor' | 'examiner') {
  const world = await createAccountsWorld([role]);
  const host = await world.signedIn(role);
  window.ridgeline = { invoke: (method, args) => host.invoke(method, args) };
  useSessionStore.setState({ status: await call(host, 'auth.status') });
  useAgreementsStore.setState({ agreements: [], catalogue: null, workstationKey: null, history: [], selected: null, error: null, notice: null });
  render(<AgreementsScreen />);
  return world;
}

describe('AgreementsScreen', () => {
  it('lets a supervisor create an agreement from the catalogue, then a new version', async () => {
    const world = await mount('supervisor');
    fireEvent.click(await screen.findByTestId('edit-agreement'));
    fireEvent.change(screen.getByTestId('edit-purposes'), { target: { value: 'crim-inv\nMISSING-PERSON' } });
    fireEvent.click(screen.getByTestId('element-last-name'));
    fireEvent.click(screen.getByTestId('element-date-of-birth'));
    fireEvent.change(screen.getByTestId('edit-caveats'), { target: { value: 'Purpose-bound.\nNo onward disclosure.' } });
    fireEvent.change(screen.getByTestId('edit-comment'), { target: { value: 'Arrangement signed 2026-11-01' } });
    fireEvent.click(screen.getByTestId('save-agreement'));
    await waitFor(() => expect(screen.getByTestId('agreement-purposes').textContent).toContain('CRIM-INV'));
    expect(screen.getAllByTestId('agreement-elements').map((e) => e.textContent).join()).toContain('Date of birth');
    expect(world.ws.agreements.current('pt_a')).toMatchObject({ version: 1, caveats: ['Purpose-bound.', 'No onward disclosure.'] });
    expect(screen.getByTestId('workstation-key-fingerprint').textContent).toMatch(/^[0-9A-F]{40}$/);

    fireEvent.click(screen.getByTestId('edit-agreement'));
    fireEvent.click(screen.getByTestId('element-last-name'));
    fireEvent.change(screen.getByTestId('edit-comment'), { target: { value: 'Names withdrawn' } });
    fireEvent.click(screen.getByTestId('save-agreement'));
    await waitFor(() => expect(world.ws.agreements.current('pt_a')?.version).toBe(2));
    expect(world.ws.agreements.current('pt_a')?.releasableElements.map((e) => e.element)).toEqual(['date-of-birth']);
  });

  it('shows an examiner the agreement read-only', async () => {
    const world = await createAccountsWorld(['examiner']);
    await setTestAgreement(world.ws, 'pt_a');
    const host = await world.signedIn('examiner');
    window.ridgeline = { invoke: (method, args) => host.invoke(method, args) };
    useSessionStore.setState({ status: await call(host, 'auth.status') });
    useAgreementsStore.setState({ agreements: [], catalogue: null, workstationKey: null, history: [], selected: null, error: null, notice: null });
    render(<AgreementsScreen />);
    await screen.findByTestId('agreement-view');
    expect(screen.getByTestId('agreement-caveats').textContent).toContain('For the stated purpose only.');
    expect(screen.queryByTestId('edit-agreement')).toBeNull();
  });
});
