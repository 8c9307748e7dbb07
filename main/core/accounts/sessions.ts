// The session main holds for one window: who is signed in, and whether the
// session is locked by inactivity. The lock is decided here, from main's own
// clock, whenever the session is consulted: a renderer that stops reporting
// activity (or lies about it) cannot keep a session open. Locking keeps the
// session, so the renderer keeps its state and the password unlocks it.
import { randomUUID } from 'node:crypto';
import type { AuditLog } from '../audit/log';
import type { Accounts } from './accounts';
import type { Session } from './roles';
import type { StoredUser } from './users';

export interface SessionManagerOptions {
  accounts: Accounts;
  audit: AuditLog;
  workstation: string;
  clock?: () => Date;
}

export function createSessionManager({ accounts, audit, workstation, clock = () => new Date() }: SessionManagerOptions) {
  let session: Session | null = null;
  const nowMs = () => clock().getTime();
  const inactivityMs = () => accounts.settings.get('inactivityMinutes') * 60_000;
  const actor = (s: Session) => ({ userId: s.userId, username: s.username, workstation });

  const fromUser = (user: StoredUser, previous?: Session): Session => ({
    id: previous?.id ?? randomUUID(),
    userId: user.id,
    username: user.username,
    roles: user.roles,
    partnerIds: user.partnerIds,
    locked: previous?.locked ?? false,
    lastActivityMs: previous?.lastActivityMs ?? nowMs(),
  });

  function applyInactivity(): void {
    if (!session || session.locked) return;
    const idleMs = nowMs() - session.lastActivityMs;
    if (idleMs < inactivityMs()) return;
    session.locked = true;
    audit.record({
      actor: actor(session),
      event: 'auth.session-locked',
      outcome: 'success',
      objects: [`user:${session.userId}`],
      details: { reason: 'inactivity', idleSeconds: Math.floor(idleMs / 1000) },
      at: clock(),
    });
  }

  function end(reason: 'sign-out' | 'account-locked' | 'account-removed'): void {
    if (!session) return;
    audit.record({ actor: actor(session), event: 'auth.sign-out', outcome: 'success', objects: [`user:${session.userId}`], details: { reason }, at: clock() });
    session = null;
  }

  return {
    /** The session as of now: locked if the inactivity time has passed. */
    current(): Session | null {
      applyInactivity();
      return session;
    },
    begin(user: StoredUser): Session {
      session = fromUser(user);
      return session;
    },
    end,
    /** Activity: postpones the inactivity lock. No effect on a locked session. */
    touch(): void {
      applyInactivity();
      if (session && !session.locked) session.lastActivityMs = nowMs();
    },
    unlock(): void {
      if (!session) return;
      session.locked = false;
      session.lastActivityMs = nowMs();
    },
    /**
     * Reloads roles and partners, so an administrator's change applies to the
     * next call. Returns the account (with its lock, if any), or null.
     */
    refresh(): StoredUser | null {
      if (!session) return null;
      let user: StoredUser;
      try {
        user = accounts.users.get(session.userId);
      } catch {
        end('account-removed');
        return null;
      }
      session = fromUser(user, session);
      return user;
    },
    locksAt(): Date | null {
      return session ? new Date(session.lastActivityMs + inactivityMs()) : null;
    },
  };
}
export type SessionManager = ReturnType<typeof createSessionManager>;
