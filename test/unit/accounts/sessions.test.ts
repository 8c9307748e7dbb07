import { describe, expect, it } from 'vitest';
import { call, createAccountsWorld, PASSWORD } from './fixtures';

describe('inactivity lock', () => {
  it('locks after the default 10 minutes without activity, keeps the session, and unlocks with the password', async () => {
    const world = await createAccountsWorld(['examiner']);
    const host = await world.signedIn('examiner');
    const sessionId = host.sessions.current()!.id;
    expect((await call<{ inactivityMinutes: number }>(host, 'auth.status')).inactivityMinutes).toBe(10);

    world.clock.advance(9);
    expect((await host.invoke('cases.list', {})).ok).toBe(true);
    await call(host, 'auth.ping'); // user input in the renderer
    world.clock.advance(9);
    expect((await host.invoke('cases.list', {})).ok).toBe(true);

    world.clock.advance(1.01); // 10 minutes since the last activity
    const refused = await host.invoke('cases.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'session-locked' } });
    // Activity reported after the lock does not lift it.
    expect(await host.invoke('auth.ping', {})).toMatchObject({ ok: false, error: { code: 'session-locked' } });
    expect(await call(host, 'auth.status')).toMatchObject({ signedIn: true, locked: true, user: { username: 'examiner' } });

    expect(await host.invoke('auth.unlock', { password: 'not my password' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await call(host, 'auth.unlock', { password: PASSWORD })).toMatchObject({ signedIn: true, locked: false });
    // Same session: main kept it, so the renderer's unsaved work belongs to the same session.
    expect(host.sessions.current()!.id).toBe(sessionId);
    expect((await host.invoke('cases.list', {})).ok).toBe(true);

    const events = world.ws.audit.query({ user: 'examiner' }).map((e) => `${e.event}:${e.outcome}`);
    expect(events).toEqual(expect.arrayContaining(['auth.session-locked:success', 'access.denied:denied', 'auth.unlock:denied', 'auth.unlock:success']));
  });

  it('uses the inactivity time the administrator sets', async () => {
    const world = await createAccountsWorld(['examiner']);
    const admin = await world.signedIn('admin');
    await call(admin, 'admin.settings.update', { inactivityMinutes: 3 });
    expect(await admin.invoke('admin.settings.update', { inactivityMinutes: 0 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const host = await world.signedIn('examiner');
    world.clock.advance(2.9);
    expect((await host.invoke('cases.list', {})).ok).toBe(true);
    world.clock.advance(0.2);
    expect(await host.invoke('cases.list', {})).toMatchObject({ ok: false, error: { code: 'session-locked' } });
    expect(world.ws.audit.query({ event: 'settings' })[0]).toMatchObject({ username: 'admin', details: { inactivityMinutes: { from: 10, to: 3 } } });
  });

  it('lets a locked session sign out, and refuses a second sign-in on the same window', async () => {
    const world = await createAccountsWorld(['examiner', 'auditor']);
    const host = await world.signedIn('examiner');
    expect(await host.invoke('auth.signIn', { username: 'auditor', password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    world.clock.advance(11);
    expect(await call(host, 'auth.signOut')).toMatchObject({ signedIn: false, locked: false, user: null });
    expect(await host.invoke('cases.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('applies role and partner changes to an open session on its next call', async () => {
    const world = await createAccountsWorld(['examiner']);
    const host = await world.signedIn('examiner');
    const admin = await world.signedIn('admin');
    await call(admin, 'admin.users.assign', { userId: world.userId('examiner'), roles: ['auditor'], partnerIds: ['pt_b'] });
    expect((await host.invoke('audit.query', {})).ok).toBe(true);
    expect(host.sessions.current()).toMatchObject({ roles: ['auditor'], partnerIds: ['pt_b'] });
  });
});

describe('first start and passwords', () => {
  it('creates the administrator once, then only sign-in works', async () => {
    const world = await createAccountsWorld([]);
    const host = world.host();
    expect(await call(host, 'auth.status')).toMatchObject({ firstRun: false, signedIn: false });
    expect(await host.invoke('auth.setupAdministrator', { username: 'mallory', displayName: 'M', password: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('makes a user with an administrator-set password change it before anything else', async () => {
    const world = await createAccountsWorld([]);
    const admin = await world.signedIn('admin');
    await call(admin, 'admin.users.create', { username: 'newbie', displayName: 'N', password: 'temporary pass 1', roles: ['examiner'], partnerIds: [] });
    const host = world.host();
    expect(await call(host, 'auth.signIn', { username: 'newbie', password: 'temporary pass 1' })).toMatchObject({ user: { mustChangePassword: true } });
    expect(await host.invoke('cases.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden', message: /Change your password/ } });
    expect(await host.invoke('auth.changePassword', { currentPassword: 'temporary pass 1', newPassword: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    await call(host, 'auth.changePassword', { currentPassword: 'temporary pass 1', newPassword: 'my own new password' });
    expect((await host.invoke('cases.list', {})).ok).toBe(true);
    await call(host, 'auth.signOut');
    expect(await host.invoke('auth.signIn', { username: 'newbie', password: 'temporary pass 1' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    await call(host, 'auth.signIn', { username: 'NEWBIE', password: 'my own new password' });
  });

  it('never returns password hashes through the API', async () => {
    const world = await createAccountsWorld(['examiner']);
    const admin = await world.signedIn('admin');
    const listed = JSON.stringify(await call(admin, 'admin.users.list'));
    expect(listed).not.toMatch(/scrypt|passwordHash/);
  });
});
