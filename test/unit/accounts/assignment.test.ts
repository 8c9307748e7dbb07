import { describe, expect, it } from 'vitest';
import { createAccountsWorld } from './fixtures';

describe('role assignment rules', () => {
  it('keeps administration and audit in different hands', async () => {
    const world = await createAccountsWorld(['auditor']);
    const admin = await world.signedIn('admin');
    expect(await admin.invoke('admin.users.assign', { userId: world.userId('admin'), roles: ['administrator', 'auditor'], partnerIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: /administrator and auditor/ },
    });
    expect(await admin.invoke('admin.users.assign', { userId: world.userId('auditor'), roles: ['auditor', 'administrator'], partnerIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('does not let an administrator remove their own administrator role', async () => {
    const world = await createAccountsWorld([]);
    const admin = await world.signedIn('admin');
    expect(await admin.invoke('admin.users.assign', { userId: world.userId('admin'), roles: ['examiner'], partnerIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});
