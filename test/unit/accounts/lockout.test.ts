import { describe, expect, it } from 'vitest';
import { call, createAccountsWorld, PASSWORD } from './fixtures';

describe('lockout after repeated failed sign-ins', () => {
  it('locks at the limit, refuses even the right password, and needs an administrator with a reason', async () => {
    const world = await createAccountsWorld(['examiner']);
    const host = world.host();
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await host.invoke('auth.signIn', { username: 'examiner', password: `wrong guess ${attempt}` })).toMatchObject({
        ok: false,
        error: { code: 'unauthenticated' },
      });
    }
    expect(await host.invoke('auth.signIn', { username: 'examiner', password: 'wrong guess 5' })).toMatchObject({
      ok: false,
      error: { code: 'account-locked' },
    });
    expect(await host.invoke('auth.signIn', { username: 'examiner', password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'account-locked' } });

    const admin = await world.signedIn('admin');
    const [locked] = (await call<{ username: string; lock: unknown; failedSignIns: number }[]>(admin, 'admin.users.list')).filter((u) => u.username === 'examiner');
    expect(locked).toMatchObject({ lock: { cause: 'failed-sign-ins' }, failedSignIns: 5 });
    expect(await admin.invoke('admin.users.unlock', { userId: world.userId('examiner'), reason: '' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call(admin, 'admin.users.unlock', { userId: world.userId('examiner'), reason: 'Identity confirmed by phone' })).toMatchObject({ lock: null, failedSignIns: 0 });
    await call(host, 'auth.signIn', { username: 'examiner', password: PASSWORD });

    const unlock = world.ws.db.prepare('SELECT cause, unlock_reason, unlocked_by FROM account_locks').get();
    expect(unlock).toEqual({ cause: 'failed-sign-ins', unlock_reason: 'Identity confirmed by phone', unlocked_by: world.userId('admin') });
    const events = world.ws.audit.query({ object: world.userId('examiner') }).map((e) => e.event);
    expect(events).toEqual(expect.arrayContaining(['account.locked', 'account.unlocked']));
    expect(world.ws.audit.query({ event: 'account.unlocked' })[0]!.details).toMatchObject({ reason: 'Identity confirmed by phone' });
  });

  it('resets the count after a successful sign-in', async () => {
    const world = await createAccountsWorld(['examiner']);
    const host = world.host();
    for (let i = 0; i < 4; i++) await host.invoke('auth.signIn', { username: 'examiner', password: 'nope nope nope' });
    await call(host, 'auth.signIn', { username: 'examiner', password: PASSWORD });
    await call(host, 'auth.signOut');
    for (let i = 0; i < 4; i++) await host.invoke('auth.signIn', { username: 'examiner', password: 'nope nope nope' });
    await call(host, 'auth.signIn', { username: 'examiner', password: PASSWORD });
  });

  it('counts wrong passwords on the lock screen and ends the session at the limit', async () => {
    const world = await createAccountsWorld(['examiner']);
    const host = await world.signedIn('examiner');
    world.clock.advance(15);
    for (let i = 0; i < 4; i++) expect((await host.invoke('auth.unlock', { password: 'guess guess' })).ok).toBe(false);
    expect(await host.invoke('auth.unlock', { password: 'guess guess' })).toMatchObject({ ok: false, error: { code: 'account-locked' } });
    expect(await call(host, 'auth.status')).toMatchObject({ signedIn: false });
  });

  it('audits sign-ins with unknown usernames without revealing that they are unknown', async () => {
    const world = await createAccountsWorld([]);
    const result = await world.host().invoke('auth.signIn', { username: 'ghost', password: 'whatever it is' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthenticated', message: 'Wrong username or password' } });
    expect(world.ws.audit.query({ event: 'auth.sign-in', outcome: 'denied' })[0]).toMatchObject({ userId: null, username: 'ghost', details: { reason: 'unknown-user' } });
  });
});
