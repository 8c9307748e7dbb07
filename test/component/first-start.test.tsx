// @vitest-environment jsdom
// First start: the demo is offered only to an administrator (main refuses
// everyone else too); its accounts and one-time passwords are shown once.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../preload/contract/session';
import { FirstStart } from '../../renderer/src/app/FirstStart';
import { useSessionStore } from '../../renderer/src/store/session';
import { installFakeBridge, ok } from './fake-bridge';

afterEach(cleanup);

function signedInAs(role: Role) {
  useSessionStore.setState({
    status: {
      firstRun: false,
      signedIn: true,
      locked: false,
      inactivityMinutes: 10,
      user: { id: 'u_1', username: role, displayName: role, roles: [role], partnerIds: [], mustChangePassword: false },
    },
  });
}

const account = (username: string, role: Role, initialPassword: string) => ({ username, displayName: username, roles: [role], shows: `${role} work`, initialPassword });
const accounts = [
  account('demo-examiner', 'examiner', 'abcd-efgh-jkmn-pqrs-tuvw'),
  account('demo-verifier', 'examiner', 'bcde-fghj-kmnp-qrst-uvwx'),
  account('demo-supervisor', 'supervisor', 'cdef-ghjk-mnpq-rstu-vwxy'),
  account('demo-auditor', 'auditor', 'defg-hjkm-npqr-stuv-wxyz'),
];
const summary = (created: boolean) => ({
  created, partnerId: 'partner_demo', caseIds: ['c_1'], holdingCount: 10, queryPrintCount: 5, candidateScores: 'matcher', seed: 1, accounts: created ? accounts : [],
});

describe('FirstStart', () => {
  it.each(['examiner', 'supervisor', 'auditor'] as const)('does not offer the demo to a %s, and says who can load it', (role) => {
    signedInAs(role);
    const calls = installFakeBridge({});
    render(<FirstStart />);
    expect(screen.getByTestId('first-start').textContent).toMatch(/ask an administrator to load the demo/);
    expect(screen.queryByTestId('load-demo')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('lets an administrator load the demo and shows each account\'s one-time password once', async () => {
    signedInAs('administrator');
    const calls = installFakeBridge({ 'demo.load': ok(summary(true)) });
    const onLoaded = vi.fn();
    render(<FirstStart onLoaded={onLoaded} />);
    fireEvent.click(screen.getByTestId('load-demo'));
    await screen.findByTestId('demo-accounts');
    expect(calls).toEqual([{ method: 'demo.load', args: {} }]);
    expect(onLoaded).toHaveBeenCalledOnce();
    for (const a of accounts) {
      expect(screen.getByTestId(`demo-account-${a.username}`).textContent).toContain(a.roles[0]);
      expect(screen.getByTestId(`demo-password-${a.username}`).textContent).toBe(a.initialPassword);
    }
    expect(screen.getByTestId('demo-accounts').textContent).toMatch(/shown only once/);
    // Dismissed, the passwords are gone for good; the demo is not offered again.
    fireEvent.click(screen.getByTestId('demo-accounts-done'));
    expect(screen.queryByTestId('demo-accounts')).toBeNull();
    expect(document.body.textContent).not.toContain(accounts[0]!.initialPassword);
    expect(screen.queryByTestId('load-demo')).toBeNull();
  });

  it('says so when the demo was loaded before (no passwords again)', async () => {
    signedInAs('administrator');
    installFakeBridge({ 'demo.load': ok(summary(false)) });
    render(<FirstStart />);
    fireEvent.click(screen.getByTestId('load-demo'));
    expect((await screen.findByTestId('demo-already-loaded')).textContent).toMatch(/not shown again/);
  });

  it('shows why the demo could not be loaded and lets the administrator retry', async () => {
    signedInAs('administrator');
    installFakeBridge({ 'demo.load': { ok: false, error: { code: 'conflict', message: 'The username demo-examiner is taken' } } });
    const onLoaded = vi.fn();
    render(<FirstStart onLoaded={onLoaded} />);
    fireEvent.click(screen.getByTestId('load-demo'));
    expect((await screen.findByRole('alert')).textContent).toContain('demo-examiner is taken');
    expect(onLoaded).not.toHaveBeenCalled();
    await waitFor(() => expect((screen.getByTestId('load-demo') as HTMLButtonElement).disabled).toBe(false));
  });
});
