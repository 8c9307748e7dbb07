// @vitest-environment jsdom
// The administration screen against the real API host: create an account with
// roles and a partner, lift a lock with a recorded reason, change a setting.
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHost } from '../../main/api/host';
import type { Workspace } from '../../main/core/workspace';
import { AdminScreen } from '../../renderer/src/features/admin/AdminScreen';
import { useAdminStore } from '../../renderer/src/store/admin';
import { createTestWorkspace } from '../helpers/workspace';

// scrypt sign-ins take ~0.1 s alone and much longer on a loaded machine.
configure({ asyncUtilTimeout: 15_000 });

const PASSWORD = 'correct horse battery';
let ws: Workspace;

beforeEach(async () => {
  ws = createTestWorkspace().ws;
  ws.partners.add({ id: 'pt_a', name: 'Partner A', country: 'AA' });
  useAdminStore.setState({ users: [], partners: [], settings: null, error: null, notice: null });
  const host = createApiHost({ workspace: ws, workstation: 'ws-admin' });
  window.ridgeline = { invoke: (method, args) => host.invoke(method, args) };
  await host.invoke('auth.setupAdministrator', { username: 'admin', displayName: 'Admin', password: PASSWORD });
});
afterEach(() => {
  cleanup();
  ws.close();
});

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('AdminScreen', () => {
  it('creates an account with roles and partners', async () => {
    render(<AdminScreen />);
    await screen.findByTestId('new-user-partner-pt_a');
    type('new-user-username', 'examiner1');
    type('new-user-name', 'Examiner One');
    type('new-user-password', 'temporary password 1');
    fireEvent.click(screen.getByTestId('new-user-role-supervisor'));
    fireEvent.click(screen.getByTestId('new-user-partner-pt_a'));
    fireEvent.click(screen.getByTestId('new-user-submit'));
    const row = await waitFor(() => {
      const found = screen.getAllByTestId('admin-user-row').find((r) => r.getAttribute('data-username') === 'examiner1');
      if (!found) throw new Error('examiner1 not listed yet');
      return found;
    });
    expect(row.textContent).toContain('examiner, supervisor');
    expect(row.textContent).toContain('Partner A');
    expect(ws.accounts.users.find('examiner1')).toMatchObject({ roles: ['examiner', 'supervisor'], partnerIds: ['pt_a'], mustChangePassword: true });
  });

  it('shows main\'s refusal of a weak password', async () => {
    render(<AdminScreen />);
    await screen.findByTestId('new-user-form');
    type('new-user-username', 'weak');
    type('new-user-name', 'W');
    type('new-user-password', 'short');
    fireEvent.click(screen.getByTestId('new-user-submit'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/at least 10 characters/);
  });

  it('unlocks a locked account only with a reason, which is recorded', async () => {
    const admin = ws.accounts.users.find('admin')!;
    const actor = { userId: admin.id, username: 'admin', workstation: 'ws' };
    const user = await ws.accounts.createUser({ username: 'locked1', displayName: 'L', password: 'temporary password', roles: ['examiner'], partnerIds: [] }, actor);
    ws.accounts.users.lock(user.id, 'export-limit', { day: '2026-11-23' }, new Date().toISOString());
    render(<AdminScreen />);
    const unlock = (await screen.findByTestId('unlock-locked1')) as HTMLButtonElement;
    expect(unlock.disabled).toBe(true);
    type('unlock-reason-locked1', 'Authorised by head of unit, ticket 4711');
    fireEvent.click(unlock);
    await waitFor(() => expect(screen.queryByTestId('unlock-locked1')).toBeNull());
    expect(ws.audit.query({ event: 'account.unlocked' })[0]!.details).toMatchObject({ reason: 'Authorised by head of unit, ticket 4711' });
  });

  it('adds a partner and corrects its name and country', async () => {
    render(<AdminScreen />);
    await screen.findByTestId('partner-pt_a');
    type('new-partner-name', 'Border Agency');
    type('new-partner-country', 'nl');
    fireEvent.click(screen.getByTestId('new-partner-submit'));
    await screen.findByText('Partner Border Agency added');
    const created = ws.partners.list().find((p) => p.name === 'Border Agency')!;
    expect(created.country).toBe('NL');
    // The new partner is offered for accounts at once.
    await screen.findByTestId(`new-user-partner-${created.id}`);

    fireEvent.click(screen.getByTestId('partner-edit-pt_a'));
    type('partner-edit-name', 'Partner A Renamed');
    type('partner-edit-country', 'AB');
    fireEvent.click(screen.getByTestId('partner-edit-save'));
    await screen.findByText('Partner saved');
    expect(ws.partners.get('pt_a')).toEqual({ id: 'pt_a', name: 'Partner A Renamed', country: 'AB' });
    await waitFor(() => expect(screen.getByTestId('partner-pt_a').textContent).toContain('Partner A Renamed'));
  });

  it('shows main\'s refusal of a duplicate partner name', async () => {
    render(<AdminScreen />);
    await screen.findByTestId('partner-pt_a');
    type('new-partner-name', 'partner a');
    type('new-partner-country', 'AA');
    fireEvent.click(screen.getByTestId('new-partner-submit'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/exists already/);
  });

  it('changes the inactivity time', async () => {
    render(<AdminScreen />);
    const form = await screen.findByTestId('settings-form');
    await waitFor(() => expect((screen.getByTestId('setting-inactivityMinutes') as HTMLInputElement).value).toBe('10'));
    type('setting-inactivityMinutes', '5');
    fireEvent.click(within(form).getByTestId('settings-submit'));
    await screen.findByText('Settings saved');
    expect(ws.accounts.settings.get('inactivityMinutes')).toBe(5);
  });
});
