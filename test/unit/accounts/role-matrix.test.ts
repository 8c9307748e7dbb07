// The whole role x method matrix through the API host, as the renderer calls it.
// The expectations for the methods of this domain and the case reads are written
// out by hand (the policy), so a wrong entry in the permission table fails here;
// methods other domains add are checked against the table itself, so every
// method in the contract is enforced by main whatever its domain.
import { beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../../preload/contract';
import { implementation } from '../../../main/api/implementation';
import { permissions } from '../../../main/core/accounts/permissions';
import { roles, type Role } from '../../../main/core/accounts/roles';
import type { ApiHost } from '../../../main/api/host';
import { createAccountsWorld, PASSWORD, type AccountsWorld } from './fixtures';

const everyone: readonly Role[] = roles;
const casework: readonly Role[] = ['examiner', 'supervisor', 'auditor'];

const policy: Partial<Record<MethodName, readonly Role[] | 'public'>> = {
  'auth.status': 'public',
  'auth.setupAdministrator': 'public',
  'auth.signIn': 'public',
  'auth.signOut': everyone,
  'auth.unlock': everyone,
  'auth.changePassword': everyone,
  'auth.ping': everyone,
  'cases.list': casework,
  'cases.get': casework,
  'cases.decideBlocked': ['supervisor'],
  'prints.export': ['examiner', 'supervisor'],
  'prints.annotations': casework,
  'workspace.info': everyone,
  'admin.users.list': ['administrator'],
  'admin.users.create': ['administrator'],
  'admin.users.assign': ['administrator'],
  'admin.users.resetPassword': ['administrator'],
  'admin.users.unlock': ['administrator'],
  'admin.partners.list': ['administrator'],
  'admin.partners.create': ['administrator'],
  'admin.partners.update': ['administrator'],
  // Loading the demo creates accounts and a partner: administration, never casework.
  'demo.load': ['administrator'],
  'admin.settings.get': ['administrator'],
  'admin.settings.update': ['administrator'],
  'audit.query': ['auditor'],
  'audit.verify': ['auditor'],
  'audit.export': ['auditor'],
};

function allowedRoles(method: MethodName): readonly Role[] | 'public' {
  const permission = implementation[method].permission;
  if (permission === 'public') return 'public';
  return permissions[permission] as readonly Role[];
}

/** Arguments valid for the schema where this test knows them; others' methods get {}. */
function argsFor(method: MethodName, world: AccountsWorld, caseId: string, printId: string): unknown {
  const byMethod: Partial<Record<MethodName, unknown>> = {
    'cases.get': { caseId },
    'prints.annotations': { printId },
    // The case is received, not blocked: an allowed caller gets 'conflict' after the permission check.
    'cases.decideBlocked': { caseId, decision: 'admit', reason: 'matrix' },
    'prints.export': { printId },
    'auth.changePassword': { currentPassword: PASSWORD, newPassword: PASSWORD }, // refused as unchanged, after the permission
    'auth.unlock': { password: PASSWORD },
    'admin.users.create': { username: `u${Math.random().toString(36).slice(2, 10)}`, displayName: 'X', password: 'a long enough password', roles: ['examiner'], partnerIds: [] },
    'admin.users.assign': { userId: world.userId('supervisor'), roles: ['supervisor'], partnerIds: ['pt_a'] },
    'admin.users.resetPassword': { userId: world.userId('nobody'), password: 'another long password' },
    'admin.users.unlock': { userId: world.userId('supervisor'), reason: 'not locked anyway' },
    'admin.settings.update': { inactivityMinutes: 10 },
    'audit.query': { limit: 5 },
    'audit.export': { format: 'jsonl' },
  };
  return byMethod[method] ?? {};
}

const methods = (Object.keys(contract) as MethodName[]).filter((m) => m !== 'auth.signOut' && m !== 'auth.setupAdministrator' && m !== 'auth.signIn');

describe('role x method matrix through the API host', () => {
  let world: AccountsWorld;
  const hosts = new Map<Role, ApiHost>();
  let caseId = '';
  let printId = '';

  beforeAll(async () => {
    world = await createAccountsWorld(['examiner', 'supervisor', 'auditor']);
    const admin = world.host();
    await admin.invoke('auth.signIn', { username: 'admin', password: PASSWORD });
    await admin.invoke('admin.users.create', { username: 'nobody', displayName: 'N', password: 'a long enough password', roles: ['examiner'], partnerIds: [] });
    caseId = world.ws.cases.create({ reference: 'R-1', partnerId: 'pt_a', purposeCode: 'P', foreignProvided: false });
    printId = world.ws.prints.add({
      caseId, partnerId: 'pt_a', role: 'query', label: 'q', fingerPosition: 1, impressionType: 'plain',
      width: 2, height: 2, ppi: 500, pixels: new Uint8Array(4), source: 'test', foreignProvided: false,
    });
    hosts.set('administrator', admin);
    for (const role of ['examiner', 'supervisor', 'auditor'] as const) hosts.set(role, await world.signedIn(role));
  });

  it('has a hand-written expectation matching the permission table for every method of these domains', () => {
    for (const [method, expected] of Object.entries(policy) as [MethodName, readonly Role[] | 'public'][]) {
      const actual = allowedRoles(method);
      expect(actual === 'public' ? 'public' : [...actual].sort(), method).toEqual(expected === 'public' ? 'public' : [...expected].sort());
    }
  });

  for (const role of roles) {
    it(`enforces every method for ${role}`, async () => {
      const host = hosts.get(role)!;
      for (const method of methods) {
        const allowed = allowedRoles(method);
        if (allowed === 'public') continue;
        const before = world.ws.audit.head().seq;
        const result = await host.invoke(method, argsFor(method, world, caseId, printId));
        if (allowed.includes(role)) {
          if (!result.ok) expect(['forbidden', 'unauthenticated', 'session-locked'], `${role} ${method}: ${result.error.message}`).not.toContain(result.error.code);
        } else {
          expect(result, `${role} ${method}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
          const denial = world.ws.audit.query({ event: 'access.denied' })[0]!;
          expect(denial.seq).toBeGreaterThan(before);
          expect(denial).toMatchObject({ username: role === 'administrator' ? 'admin' : role, outcome: 'denied', details: { method, code: 'forbidden' } });
        }
      }
    });
  }

  it('refuses every non-public method without a session, and audits it', async () => {
    const host = world.host();
    for (const method of methods) {
      if (allowedRoles(method) === 'public') continue;
      expect(await host.invoke(method, {}), method).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
      expect(world.ws.audit.query({ event: 'access.denied' })[0]).toMatchObject({ userId: null, details: { method, code: 'unauthenticated' } });
    }
  });

  it('refuses everything but unlock and sign-out on a locked session, and audits it', async () => {
    const host = await world.signedIn('auditor');
    world.clock.advance(60);
    for (const method of methods) {
      if (allowedRoles(method) === 'public' || (implementation[method] as { allowWhenLocked?: boolean }).allowWhenLocked) continue;
      expect(await host.invoke(method, {}), method).toMatchObject({ ok: false, error: { code: 'session-locked' } });
    }
    expect(world.ws.audit.query({ event: 'access.denied', user: 'auditor' })[0]).toMatchObject({ details: { code: 'session-locked' } });
    expect((await host.invoke('auth.unlock', { password: PASSWORD })).ok).toBe(true);
  });

  it('refuses and audits calls to methods that do not exist', async () => {
    const host = hosts.get('examiner')!;
    expect(await host.invoke('admin.dropEverything', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(world.ws.audit.query({ event: 'access.denied' })[0]).toMatchObject({ details: { method: 'admin.dropEverything', code: 'unknown-method' } });
  });

  it('keeps the chain intact through all of it', async () => {
    const auditor = await world.signedIn('auditor');
    expect(await auditor.invoke('audit.verify', {})).toMatchObject({ ok: true, value: { ok: true, firstBroken: null } });
  });
});
