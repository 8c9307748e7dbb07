// Sign-in, sign-out, the inactivity lock and password change. The session
// lives in main (the host's session manager); these methods only move it.
import type { AuthStatus } from '../../../preload/contract/session';
import type { StoredUser } from '../../core/accounts/users';
import { RidgelineError } from '../../core/errors';
import { sessionsOf } from '../actor';
import type { CallContext } from '../context';
import type { MethodImpl } from '../registry';

function status(ctx: CallContext): AuthStatus {
  const accounts = ctx.workspace.accounts;
  const session = sessionsOf(ctx).current();
  const user = session ? accounts.users.get(session.userId) : null;
  return {
    firstRun: accounts.isFirstRun(),
    signedIn: session !== null,
    locked: session?.locked ?? false,
    user: user
      ? { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles, partnerIds: user.partnerIds, mustChangePassword: user.mustChangePassword }
      : null,
    inactivityMinutes: accounts.settings.get('inactivityMinutes'),
  };
}

function begin(ctx: CallContext, user: StoredUser): AuthStatus {
  sessionsOf(ctx).begin(user);
  return status(ctx);
}

function refuseIfSignedIn(ctx: CallContext): void {
  // A second sign-in on a window would hand one user's open work to another.
  if (sessionsOf(ctx).current()) throw new RidgelineError('conflict', 'Someone is signed in on this window: sign out first');
}

export const sessionMethods = {
  'auth.status': {
    permission: 'public',
    handler: (ctx) => status(ctx),
  },
  'auth.setupAdministrator': {
    permission: 'public',
    handler: async (ctx, input) => {
      refuseIfSignedIn(ctx);
      return begin(ctx, await ctx.workspace.accounts.setupAdministrator(input, ctx.workstation));
    },
  },
  'auth.signIn': {
    permission: 'public',
    handler: async (ctx, { username, password }) => {
      refuseIfSignedIn(ctx);
      return begin(ctx, await ctx.workspace.accounts.signIn(username, password, ctx.workstation));
    },
  },
  'auth.signOut': {
    permission: 'session.use',
    allowWhenLocked: true,
    handler: (ctx) => {
      sessionsOf(ctx).end('sign-out');
      return status(ctx);
    },
  },
  'auth.unlock': {
    permission: 'session.use',
    allowWhenLocked: true,
    handler: async (ctx, { password }) => {
      const sessions = sessionsOf(ctx);
      const session = sessions.current();
      if (!session?.locked) return status(ctx);
      try {
        await ctx.workspace.accounts.confirmPassword(session.userId, password, ctx.workstation);
      } catch (error) {
        // Too many wrong passwords on the lock screen lock the account: the session ends.
        if (error instanceof RidgelineError && error.code === 'account-locked') sessions.end('account-locked');
        throw error;
      }
      sessions.unlock();
      return status(ctx);
    },
  },
  'auth.changePassword': {
    permission: 'session.use',
    handler: async (ctx, { currentPassword, newPassword }) => {
      const session = sessionsOf(ctx).current();
      if (!session) throw new RidgelineError('unauthenticated', 'Sign in first');
      try {
        await ctx.workspace.accounts.changePassword(session.userId, currentPassword, newPassword, ctx.workstation);
      } catch (error) {
        if (error instanceof RidgelineError && error.code === 'account-locked') sessionsOf(ctx).end('account-locked');
        throw error;
      }
      return status(ctx);
    },
  },
  'auth.ping': {
    permission: 'session.use',
    handler: (ctx) => {
      const sessions = sessionsOf(ctx);
      sessions.touch();
      return { locksAt: (sessions.locksAt() ?? new Date()).toISOString() };
    },
  },
} satisfies {
  [K in 'auth.status' | 'auth.setupAdministrator' | 'auth.signIn' | 'auth.signOut' | 'auth.unlock' | 'auth.changePassword' | 'auth.ping']: MethodImpl<K>;
};
