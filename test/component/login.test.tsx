// @vitest-environment jsdom
// The session gate against the real API host (real encrypted workspace, real
// accounts and audit trail) through window.ridgeline, as in the app.
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiHost, type ApiHost } from '../../main/api/host';
import type { Workspace } from '../../main/core/workspace';
import { SessionGate } from '../../renderer/src/app/SessionGate';
import { useSessionStore } from '../../renderer/src/store/session';
import { createTestWorkspace } from '../helpers/workspace';

// scrypt sign-ins take ~0.1 s alone and much longer on a loaded machine.
configure({ asyncUtilTimeout: 15_000 });

const PASSWORD = 'correct horse battery';

let ws: Workspace;
let host: ApiHost;
let nowMs: number;

function install(): void {
  host = createApiHost({ workspace: ws, workstation: 'ws-component', clock: () => new Date(nowMs) });
  window.ridgeline = { invoke: (method, args) => host.invoke(method, args) };
}

beforeEach(() => {
  ws = createTestWorkspace().ws;
  nowMs = Date.parse('2026-11-23T09:00:00Z');
  useSessionStore.setState({ status: null, error: null, busy: false });
  install();
});
afterEach(() => {
  cleanup();
  ws.close();
});

/** Stands for unsaved work: state that lives only in the renderer. */
function Draft() {
  const [text, setText] = useState('');
  return <input aria-label="draft" data-testid="draft" value={text} onChange={(e) => setText(e.target.value)} />;
}

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

async function seedUser(username: string, roles: ('examiner' | 'auditor')[]) {
  const admin = await ws.accounts.setupAdministrator({ username: 'admin', displayName: 'Admin', password: PASSWORD }, 'ws');
  const actor = { userId: admin.id, username: 'admin', workstation: 'ws' };
  const user = await ws.accounts.createUser({ username, displayName: `User ${username}`, password: 'temporary password', roles, partnerIds: [] }, actor);
  await ws.accounts.changePassword(user.id, 'temporary password', PASSWORD, 'ws');
}

async function signIn(username: string, password = PASSWORD) {
  await screen.findByTestId('login-username');
  type('login-username', username);
  type('login-password', password);
  fireEvent.click(screen.getByTestId('login-submit'));
}

describe('SessionGate', () => {
  it('creates the administrator on first start and signs them in', async () => {
    render(<SessionGate onSignedOut={vi.fn()}>app</SessionGate>);
    await screen.findByTestId('first-run-form');
    type('first-run-name', 'Ada Admin');
    type('first-run-password', PASSWORD);
    type('first-run-repeat', PASSWORD);
    fireEvent.click(screen.getByTestId('first-run-submit'));
    await screen.findByTestId('admin-screen');
    expect(screen.getByTestId('session-user').textContent).toBe('Ada Admin');
    expect(ws.accounts.users.find('admin')?.roles).toEqual(['administrator']);
  });

  it('signs in with the form, shows main\'s refusal for a wrong password, and renders the app', async () => {
    await seedUser('examiner1', ['examiner']);
    render(<SessionGate onSignedOut={vi.fn()}><Draft /></SessionGate>);
    await signIn('examiner1', 'not the password');
    expect((await screen.findByTestId('login-error')).textContent).toBe('Wrong username or password');
    await signIn('examiner1');
    await screen.findByTestId('draft');
    // An examiner has casework only: no audit or administration screens.
    expect(screen.queryByTestId('screen-audit')).toBeNull();
    expect(screen.queryByTestId('screen-admin')).toBeNull();
  });

  it('locks after inactivity without unmounting the app, and unlocks with the password keeping unsaved work', async () => {
    await seedUser('examiner1', ['examiner']);
    render(<SessionGate onSignedOut={vi.fn()} activity={{ pollEveryMs: 40 }}><Draft /></SessionGate>);
    await signIn('examiner1');
    await screen.findByTestId('draft');
    type('draft', 'half-finished markup note');

    nowMs += 10 * 60_000 + 1;
    await screen.findByTestId('lock-screen');
    expect(screen.getByTestId('session-app').hasAttribute('inert')).toBe(true);
    expect((screen.getByTestId('draft') as HTMLInputElement).value).toBe('half-finished markup note');

    type('unlock-password', 'wrong wrong wrong');
    fireEvent.click(screen.getByTestId('unlock-submit'));
    await screen.findByTestId('unlock-error');
    type('unlock-password', PASSWORD);
    fireEvent.click(screen.getByTestId('unlock-submit'));
    await waitFor(() => expect(screen.queryByTestId('lock-screen')).toBeNull());
    expect((screen.getByTestId('draft') as HTMLInputElement).value).toBe('half-finished markup note');
    expect(screen.getByTestId('session-app').hasAttribute('inert')).toBe(false);
  });

  it('reports user input to main, which postpones the lock', async () => {
    await seedUser('examiner1', ['examiner']);
    render(<SessionGate onSignedOut={vi.fn()} activity={{ pingEveryMs: 0, pollEveryMs: 40 }}><Draft /></SessionGate>);
    await signIn('examiner1');
    await screen.findByTestId('draft');
    nowMs += 9 * 60_000;
    fireEvent.keyDown(window, { key: 'a' });
    await waitFor(() => expect(host.sessions.locksAt()!.getTime()).toBe(nowMs + 10 * 60_000));
    nowMs += 9 * 60_000;
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(screen.queryByTestId('lock-screen')).toBeNull();
  });

  it('signs out and hands over to a page reload so no state is left behind', async () => {
    await seedUser('examiner1', ['examiner']);
    const onSignedOut = vi.fn();
    render(<SessionGate onSignedOut={onSignedOut}><Draft /></SessionGate>);
    await signIn('examiner1');
    fireEvent.click(await screen.findByTestId('sign-out'));
    await screen.findByTestId('login-username');
    expect(onSignedOut).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('draft')).toBeNull();
  });

  it('shows the auditor the audit viewer with the denied call of an examiner', async () => {
    await seedUser('auditor1', ['auditor']);
    const examinerHost = createApiHost({ workspace: ws, workstation: 'ws-other', clock: () => new Date(nowMs) });
    await ws.accounts.createUser(
      { username: 'examiner2', displayName: 'E', password: 'temporary password', roles: ['examiner'], partnerIds: [] },
      { userId: ws.accounts.users.find('admin')!.id, username: 'admin', workstation: 'ws' },
    );
    await examinerHost.invoke('auth.signIn', { username: 'examiner2', password: 'temporary password' });
    await examinerHost.invoke('auth.changePassword', { currentPassword: 'temporary password', newPassword: PASSWORD });
    expect(await examinerHost.invoke('audit.query', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    render(<SessionGate onSignedOut={vi.fn()}>casework</SessionGate>);
    await signIn('auditor1');
    fireEvent.click(await screen.findByTestId('screen-audit'));
    await screen.findByTestId('audit-table');
    type('audit-filter-user', 'examiner2');
    type('audit-filter-event', 'access.denied');
    fireEvent.click(screen.getByTestId('audit-apply'));
    await waitFor(() => {
      const rows = screen.getAllByTestId('audit-row');
      expect(rows).toHaveLength(1);
      expect(rows[0]!.textContent).toContain('audit.query');
      expect(rows[0]!.getAttribute('data-outcome')).toBe('denied');
    });
    fireEvent.click(screen.getByTestId('audit-verify'));
    expect((await screen.findByTestId('audit-verify-result')).getAttribute('data-ok')).toBe('true');
  });
});

describe('SessionGate without main', () => {
  it('says so and offers a retry instead of waiting forever', async () => {
    window.ridgeline = undefined;
    render(<SessionGate onSignedOut={vi.fn()}>app</SessionGate>);
    expect((await screen.findByRole('alert')).textContent).toMatch(/not available|did not answer/);
    install();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByTestId('first-run-form');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
