import { describe, expect, it } from 'vitest';
import { call, createAccountsWorld, WORKSTATION } from './fixtures';

describe('daily export limit', () => {
  it('refuses the export that would pass the limit, locks the account until an administrator unlocks it with a reason', async () => {
    const world = await createAccountsWorld(['examiner']);
    const admin = await world.signedIn('admin');
    await call(admin, 'admin.settings.update', { exportLimitPrintsPerDay: 10, exportLimitRecordsPerDay: 2 });
    const host = await world.signedIn('examiner');
    const actor = { userId: world.userId('examiner'), username: 'examiner', workstation: WORKSTATION };
    const exported: number[] = [];
    const exportPrints = (n: number) =>
      world.ws.exports.withinExportLimit(actor, { prints: n, records: 1, recipient: 'Partner A' }, () => {
        exported.push(n);
        world.ws.audit.record({ actor, event: 'export.prints', outcome: 'success', release: { recipient: 'Partner A', elements: ['finger images'], date: '2026-11-23' } });
      });

    exportPrints(6);
    exportPrints(4); // exactly at the limit: allowed
    expect(() => exportPrints(1)).toThrowError(expect.objectContaining({ code: 'account-locked' }));
    expect(exported).toEqual([6, 4]);
    expect(world.ws.exports.used(actor.userId)).toEqual({ prints: 10, records: 2 });

    // The open session is refused at once and ends.
    expect(await host.invoke('cases.list', {})).toMatchObject({ ok: false, error: { code: 'account-locked' } });
    expect(world.ws.audit.query({ event: 'access.denied' })[0]).toMatchObject({ username: 'examiner', details: { code: 'account-locked', method: 'cases.list' } });
    expect(await call(host, 'auth.status')).toMatchObject({ signedIn: false });
    expect(await world.host().invoke('auth.signIn', { username: 'examiner', password: 'correct horse battery' })).toMatchObject({
      ok: false,
      error: { code: 'account-locked' },
    });
    const listed = (await call<{ id: string; lock: unknown }[]>(admin, 'admin.users.list')).find((u) => u.id === actor.userId);
    expect(listed?.lock).toMatchObject({ cause: 'export-limit', details: { used: { prints: 10, records: 2 }, requested: { prints: 1, records: 1 } } });

    await call(admin, 'admin.users.unlock', { userId: actor.userId, reason: 'Bulk disclosure authorised by head of unit' });
    expect(world.ws.db.prepare('SELECT unlock_reason FROM account_locks WHERE user_id = ?').get(actor.userId)).toEqual({
      unlock_reason: 'Bulk disclosure authorised by head of unit',
    });
    const refused = world.ws.audit.query({ event: 'export.refused' })[0];
    expect(refused).toMatchObject({ outcome: 'denied', username: 'examiner', details: { recipient: 'Partner A' } });
  });

  it('rolls the export back with its ledger row when the export itself fails', () => {
    return createAccountsWorld(['examiner']).then((world) => {
      const actor = { userId: world.userId('examiner'), username: 'examiner', workstation: WORKSTATION };
      expect(() =>
        world.ws.exports.withinExportLimit(actor, { prints: 3, records: 0, recipient: 'x' }, () => {
          throw new Error('disk full');
        }),
      ).toThrow('disk full');
      expect(world.ws.exports.used(actor.userId)).toEqual({ prints: 0, records: 0 });
    });
  });

  it('refuses to run inside a caller transaction, where the lock could be rolled back', async () => {
    const world = await createAccountsWorld(['examiner']);
    const actor = { userId: world.userId('examiner'), username: 'examiner', workstation: WORKSTATION };
    expect(() => world.ws.db.transaction(() => world.ws.exports.withinExportLimit(actor, { prints: 1, records: 0, recipient: 'x' }, () => 1))()).toThrowError(
      expect.objectContaining({ code: 'internal' }),
    );
  });
});
