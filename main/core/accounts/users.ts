// Users with their roles and partners, and the locks on their accounts. Plain
// SQL behind a narrow interface; the audit entries for changes are written by
// the accounts service in the same transaction.
import type { AccountLock, UserRecord } from '../../../preload/contract/admin';
import type { Db } from '../db/open';
import { notFound, RidgelineError } from '../errors';
import { newId } from '../ids';
import { roles as allRoles, type Role } from './roles';

export interface StoredUser extends UserRecord {
  passwordHash: string;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  must_change_password: 0 | 1;
  failed_sign_ins: number;
  created_at: string;
}

interface LockRow {
  cause: AccountLock['cause'];
  locked_at: string;
  details: string;
}

export function createUserStore(db: Db) {
  const byId = db.prepare('SELECT * FROM users WHERE id = ?');
  const byName = db.prepare('SELECT * FROM users WHERE username = ? COLLATE NOCASE');
  const all = db.prepare('SELECT * FROM users ORDER BY username COLLATE NOCASE');
  const count = db.prepare('SELECT count(*) AS n FROM users');
  const rolesOf = db.prepare('SELECT role FROM user_roles WHERE user_id = ? ORDER BY role');
  const partnersOf = db.prepare('SELECT partner_id FROM user_partners WHERE user_id = ? ORDER BY partner_id');
  const openLock = db.prepare('SELECT cause, locked_at, details FROM account_locks WHERE user_id = ? AND unlocked_at IS NULL');
  const insertUser = db.prepare(`
    INSERT INTO users (id, username, display_name, password_hash, must_change_password, created_at, password_changed_at)
    VALUES (@id, @username, @displayName, @passwordHash, @mustChange, @now, @now)`);
  const clearRoles = db.prepare('DELETE FROM user_roles WHERE user_id = ?');
  const addRole = db.prepare('INSERT INTO user_roles (user_id, role) VALUES (?, ?)');
  const clearPartners = db.prepare('DELETE FROM user_partners WHERE user_id = ?');
  const addPartner = db.prepare('INSERT INTO user_partners (user_id, partner_id) VALUES (?, ?)');
  const partnerExists = db.prepare('SELECT 1 FROM partners WHERE id = ?');
  const setPassword = db.prepare('UPDATE users SET password_hash = ?, must_change_password = ?, password_changed_at = ? WHERE id = ?');
  const addFailure = db.prepare('UPDATE users SET failed_sign_ins = failed_sign_ins + 1 WHERE id = ? RETURNING failed_sign_ins');
  const clearFailures = db.prepare('UPDATE users SET failed_sign_ins = 0 WHERE id = ? AND failed_sign_ins <> 0');
  const insertLock = db.prepare(`INSERT INTO account_locks (id, user_id, cause, details, locked_at) VALUES (?, ?, ?, ?, ?)`);
  const liftLock = db.prepare(`
    UPDATE account_locks SET unlocked_at = ?, unlocked_by = ?, unlock_reason = ? WHERE user_id = ? AND unlocked_at IS NULL`);

  const toRecord = (row: UserRow): StoredUser => {
    const lock = openLock.get(row.id) as LockRow | undefined;
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      roles: (rolesOf.all(row.id) as { role: Role }[]).map((r) => r.role),
      partnerIds: (partnersOf.all(row.id) as { partner_id: string }[]).map((r) => r.partner_id),
      mustChangePassword: row.must_change_password === 1,
      failedSignIns: row.failed_sign_ins,
      lock: lock ? { cause: lock.cause, lockedAt: lock.locked_at, details: JSON.parse(lock.details) as Record<string, unknown> } : null,
      createdAt: row.created_at,
      passwordHash: row.password_hash,
    };
  };

  const assign = (userId: string, roles: readonly Role[], partnerIds: readonly string[]): void => {
    if (roles.length === 0 || roles.some((r) => !allRoles.includes(r))) throw new RidgelineError('invalid-argument', 'Give at least one known role');
    // Separation of duties: whoever administers accounts does not also review the trail of that administration.
    if (roles.includes('administrator') && roles.includes('auditor')) {
      throw new RidgelineError('invalid-argument', 'One account cannot be both administrator and auditor');
    }
    for (const partnerId of partnerIds) if (!partnerExists.get(partnerId)) throw notFound('Partner', partnerId);
    clearRoles.run(userId);
    for (const role of new Set(roles)) addRole.run(userId, role);
    clearPartners.run(userId);
    for (const partnerId of new Set(partnerIds)) addPartner.run(userId, partnerId);
  };

  return {
    count: (): number => (count.get() as { n: number }).n,
    find(username: string): StoredUser | null {
      const row = byName.get(username) as UserRow | undefined;
      return row ? toRecord(row) : null;
    },
    get(id: string): StoredUser {
      const row = byId.get(id) as UserRow | undefined;
      if (!row) throw notFound('User', id);
      return toRecord(row);
    },
    list: (): StoredUser[] => (all.all() as UserRow[]).map(toRecord),
    create(input: { username: string; displayName: string; passwordHash: string; mustChangePassword: boolean; roles: readonly Role[]; partnerIds: readonly string[]; now: string }): string {
      if (byName.get(input.username)) throw new RidgelineError('conflict', `The username ${input.username} is taken`);
      const id = newId('u');
      insertUser.run({ id, username: input.username, displayName: input.displayName, passwordHash: input.passwordHash, mustChange: input.mustChangePassword ? 1 : 0, now: input.now });
      assign(id, input.roles, input.partnerIds);
      return id;
    },
    assign,
    setPassword(userId: string, passwordHash: string, mustChange: boolean, now: string): void {
      if (setPassword.run(passwordHash, mustChange ? 1 : 0, now, userId).changes !== 1) throw notFound('User', userId);
    },
    /** Returns the number of consecutive failures so far. */
    addFailedSignIn: (userId: string): number => (addFailure.get(userId) as { failed_sign_ins: number }).failed_sign_ins,
    clearFailedSignIns: (userId: string): void => void clearFailures.run(userId),
    lock(userId: string, cause: AccountLock['cause'], details: Record<string, unknown>, now: string): void {
      if (openLock.get(userId)) return;
      insertLock.run(newId('l'), userId, cause, JSON.stringify(details), now);
    },
    /** Lifts the open lock; false when there was none. */
    unlock(userId: string, byUserId: string, reason: string, now: string): boolean {
      return liftLock.run(now, byUserId, reason, userId).changes === 1;
    },
  };
}
export type UserStore = ReturnType<typeof createUserStore>;

export function publicRecord(user: StoredUser): UserRecord {
  const { passwordHash: _secret, ...record } = user;
  return record;
}
