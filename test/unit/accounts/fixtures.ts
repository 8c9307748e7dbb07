// Accounts fixtures: a workspace with an administrator and one user per role,
// API hosts (one per "window") with a controllable clock.
import { createApiHost, type ApiHost } from '../../../main/api/host';
import type { Role } from '../../../main/core/accounts/roles';
import type { Workspace } from '../../../main/core/workspace';
import { createTestWorkspace } from '../../helpers/workspace';

export const PASSWORD = 'correct horse battery';
export const WORKSTATION = 'ws-test-01';

export class FakeClock {
  constructor(public ms = Date.parse('2026-11-23T09:00:00.000Z')) {}
  now = (): Date => new Date(this.ms);
  advance(minutes: number): void {
    this.ms += minutes * 60_000;
  }
}

export interface AccountsWorld {
  ws: Workspace;
  clock: FakeClock;
  host(): ApiHost;
  /** A host signed in as `username`. */
  signedIn(username: string, password?: string): Promise<ApiHost>;
  userId(username: string): string;
}

export async function call<T = unknown>(host: Pick<ApiHost, 'invoke'>, method: string, args: unknown = {}): Promise<T> {
  const result = await host.invoke(method, args);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Administrator "admin" plus one user per role, all assigned partner pt_a; passwords already changed. */
export async function createAccountsWorld(roles: readonly Role[] = ['examiner', 'supervisor', 'auditor']): Promise<AccountsWorld> {
  const { ws } = createTestWorkspace();
  const clock = new FakeClock();
  ws.partners.add({ id: 'pt_a', name: 'Partner A', country: 'AA' });
  ws.partners.add({ id: 'pt_b', name: 'Partner B', country: 'BB' });
  const host = () => createApiHost({ workspace: ws, workstation: WORKSTATION, clock: clock.now });
  const admin = host();
  await call(admin, 'auth.setupAdministrator', { username: 'admin', displayName: 'Administrator', password: PASSWORD });
  for (const role of roles) {
    const user = await call<{ id: string }>(admin, 'admin.users.create', {
      username: role,
      displayName: `The ${role}`,
      password: `${PASSWORD} initial`,
      roles: [role],
      partnerIds: ['pt_a'],
    });
    // Initial passwords are temporary: change them as the user would at first sign-in.
    const first = host();
    await call(first, 'auth.signIn', { username: role, password: `${PASSWORD} initial` });
    await call(first, 'auth.changePassword', { currentPassword: `${PASSWORD} initial`, newPassword: PASSWORD });
    await call(first, 'auth.signOut');
    void user;
  }
  await call(admin, 'auth.signOut');
  return {
    ws,
    clock,
    host,
    async signedIn(username, password = PASSWORD) {
      const h = host();
      await call(h, 'auth.signIn', { username, password });
      return h;
    },
    userId: (username) => ws.accounts.users.find(username)!.id,
  };
}
