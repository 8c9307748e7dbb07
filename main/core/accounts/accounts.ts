// The accounts service: first-start administrator, sign-in with lockout after
// repeated failures, password changes, administration. Every change and every
// refusal is audited; a change and its audit entry share one transaction.
// Password hashing is asynchronous (scrypt in the thread pool) and happens
// before the transaction opens, because a transaction cannot span an await.
import type { AccountLock } from '../../../preload/contract/admin';
import type { AuditActor, AuditLog } from '../audit/log';
import type { Db } from '../db/open';
import { RidgelineError } from '../errors';
import { checkPasswordPolicy, decoyHash, hashPassword, verifyPassword } from './password';
import type { Role } from './roles';
import { createSettingsStore, type AccountSettings } from './settings';
import { createUserStore, type StoredUser } from './users';

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: readonly Role[];
  partnerIds: readonly string[];
}

const WRONG_CREDENTIALS = 'Wrong username or password';
const userRef = (id: string) => `user:${id}`;

export function createAccounts(db: Db, audit: AuditLog, clock: () => Date = () => new Date()) {
  const users = createUserStore(db);
  const settings = createSettingsStore(db);
  const now = () => clock().toISOString();
  const actorOf = (user: StoredUser, workstation: string): AuditActor => ({ userId: user.id, username: user.username, workstation });

  const lockedError = (lock: AccountLock) =>
    new RidgelineError(
      'account-locked',
      lock.cause === 'export-limit'
        ? 'This account is locked: the daily export limit was reached. An administrator must unlock it.'
        : 'This account is locked after repeated failed sign-ins. An administrator must unlock it.',
      { cause: lock.cause },
    );

  /**
   * Checks a password for an existing user. A failure counts towards the lockout
   * and is audited under `event`; at the limit the account locks.
   */
  async function checkPassword(user: StoredUser | null, password: string, event: string, actor: AuditActor, attemptedName?: string): Promise<StoredUser> {
    const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user) {
      audit.record({ actor, event, outcome: 'denied', details: { username: attemptedName ?? null, reason: 'unknown-user' } });
      throw new RidgelineError('unauthenticated', WRONG_CREDENTIALS);
    }
    // Re-read: a lock may have been set since the hash check started.
    const current = users.get(user.id);
    if (current.lock) {
      audit.record({ actor, event, outcome: 'denied', objects: [userRef(user.id)], details: { reason: 'account-locked', cause: current.lock.cause } });
      throw lockedError(current.lock);
    }
    if (!matches) {
      const lockedNow = db.transaction(() => {
        const failures = users.addFailedSignIn(user.id);
        const max = settings.get('maxFailedSignIns');
        audit.record({ actor, event, outcome: 'denied', objects: [userRef(user.id)], details: { reason: 'wrong-password', failures } });
        if (failures < max) return false;
        users.lock(user.id, 'failed-sign-ins', { failures }, now());
        audit.record({ actor, event: 'account.locked', outcome: 'success', objects: [userRef(user.id)], details: { cause: 'failed-sign-ins', failures } });
        return true;
      }).immediate();
      if (lockedNow) throw lockedError({ cause: 'failed-sign-ins', lockedAt: now(), details: {} });
      throw new RidgelineError('unauthenticated', WRONG_CREDENTIALS);
    }
    db.transaction(() => {
      users.clearFailedSignIns(user.id);
      audit.record({ actor: actorOf(user, actor.workstation), event, outcome: 'success', objects: [userRef(user.id)] });
    }).immediate();
    return users.get(user.id);
  }

  /**
   * The slow half of creating an account (policy check, scrypt) done ahead, so
   * the returned step — insert and audit — can run inside a caller's
   * transaction with other writes (the demo creates its accounts with its cases).
   */
  async function prepareUser(input: NewUser, admin: AuditActor): Promise<() => string> {
    checkPasswordPolicy(input.password, input.username);
    if (users.find(input.username)) throw new RidgelineError('conflict', `The username ${input.username} is taken`);
    const passwordHash = await hashPassword(input.password);
    return () => {
      if (users.find(input.username)) throw new RidgelineError('conflict', `The username ${input.username} is taken`);
      // The initial password was chosen by someone else: the user replaces it at first sign-in.
      const created = users.create({ ...input, passwordHash, mustChangePassword: true, now: now() });
      audit.record({
        actor: admin,
        event: 'account.created',
        outcome: 'success',
        objects: [userRef(created), ...input.partnerIds.map((p) => `partner:${p}`)],
        details: { username: input.username, roles: [...input.roles], partnerIds: [...input.partnerIds] },
      });
      return created;
    };
  }

  const hasAdministrator = (): boolean => users.list().some((user) => user.roles.includes('administrator'));

  return {
    users,
    settings,
    /** No administrator yet: a new workspace, or one the CLI wrote (the demo's accounts are not administrators). */
    isFirstRun: (): boolean => !hasAdministrator(),

    async setupAdministrator(input: Omit<NewUser, 'roles' | 'partnerIds'>, workstation: string): Promise<StoredUser> {
      checkPasswordPolicy(input.password, input.username);
      if (hasAdministrator()) throw new RidgelineError('conflict', 'The administrator already exists');
      const passwordHash = await hashPassword(input.password);
      const id = db.transaction(() => {
        // Checked again inside the transaction: two first-start windows must not both succeed.
        if (hasAdministrator()) throw new RidgelineError('conflict', 'The administrator already exists');
        const created = users.create({ ...input, passwordHash, mustChangePassword: false, roles: ['administrator'], partnerIds: [], now: now() });
        audit.record({
          actor: { userId: created, username: input.username, workstation },
          event: 'account.administrator-created',
          outcome: 'success',
          objects: [userRef(created)],
          details: { username: input.username },
        });
        return created;
      }).immediate();
      return users.get(id);
    },

    signIn(username: string, password: string, workstation: string): Promise<StoredUser> {
      const user = users.find(username);
      const actor: AuditActor = { userId: user?.id ?? null, username: user?.username ?? username, workstation };
      return checkPassword(user, password, 'auth.sign-in', actor, username);
    },

    /** The lock screen: the signed-in user's own password. */
    confirmPassword(userId: string, password: string, workstation: string): Promise<StoredUser> {
      const user = users.get(userId);
      return checkPassword(user, password, 'auth.unlock', actorOf(user, workstation));
    },

    async changePassword(userId: string, currentPassword: string, newPassword: string, workstation: string): Promise<StoredUser> {
      const account = users.get(userId);
      const user = await checkPassword(account, currentPassword, 'auth.password-check', actorOf(account, workstation));
      checkPasswordPolicy(newPassword, user.username);
      if (newPassword === currentPassword) throw new RidgelineError('invalid-argument', 'The new password must differ from the current one');
      const passwordHash = await hashPassword(newPassword);
      db.transaction(() => {
        users.setPassword(userId, passwordHash, false, now());
        audit.record({ actor: actorOf(user, workstation), event: 'account.password-changed', outcome: 'success', objects: [userRef(userId)] });
      }).immediate();
      return users.get(userId);
    },

    async createUser(input: NewUser, admin: AuditActor): Promise<StoredUser> {
      const create = await prepareUser(input, admin);
      return users.get(db.transaction(create).immediate());
    },

    prepareUser,

    assign(userId: string, roles: readonly Role[], partnerIds: readonly string[], admin: AuditActor): StoredUser {
      return db.transaction(() => {
        const before = users.get(userId);
        if (before.roles.includes('administrator') && !roles.includes('administrator') && userId === admin.userId) {
          throw new RidgelineError('conflict', 'An administrator cannot remove their own administrator role');
        }
        users.assign(userId, roles, partnerIds);
        audit.record({
          actor: admin,
          event: 'account.assigned',
          outcome: 'success',
          objects: [userRef(userId)],
          details: { roles: { from: before.roles, to: [...roles] }, partnerIds: { from: before.partnerIds, to: [...partnerIds] } },
        });
        return users.get(userId);
      }).immediate();
    },

    async resetPassword(userId: string, password: string, admin: AuditActor): Promise<StoredUser> {
      const user = users.get(userId);
      checkPasswordPolicy(password, user.username);
      const passwordHash = await hashPassword(password);
      db.transaction(() => {
        users.setPassword(userId, passwordHash, true, now());
        audit.record({ actor: admin, event: 'account.password-reset', outcome: 'success', objects: [userRef(userId)] });
      }).immediate();
      return users.get(userId);
    },

    unlock(userId: string, reason: string, admin: AuditActor): StoredUser {
      return db.transaction(() => {
        const user = users.get(userId);
        if (!user.lock) throw new RidgelineError('conflict', `${user.username} is not locked`);
        if (!admin.userId) throw new RidgelineError('unauthenticated', 'Unlocking needs a signed-in administrator');
        users.unlock(userId, admin.userId, reason, now());
        users.clearFailedSignIns(userId);
        audit.record({ actor: admin, event: 'account.unlocked', outcome: 'success', objects: [userRef(userId)], details: { cause: user.lock.cause, reason } });
        return users.get(userId);
      }).immediate();
    },

    updateSettings(changes: Partial<AccountSettings>, admin: AuditActor): AccountSettings {
      return db.transaction(() => {
        const before = settings.all();
        settings.update(changes);
        const after = settings.all();
        const changed = Object.fromEntries(
          (Object.keys(changes) as (keyof AccountSettings)[]).filter((k) => before[k] !== after[k]).map((k) => [k, { from: before[k], to: after[k] }]),
        );
        audit.record({ actor: admin, event: 'settings.updated', outcome: 'success', objects: ['settings:accounts'], details: changed });
        return after;
      }).immediate();
    },
  };
}
export type Accounts = ReturnType<typeof createAccounts>;
