// Sign-in, the session and its inactivity lock. Main holds the session; the
// renderer only learns its state and asks for changes.
import { z } from 'zod';
import { method } from './define';

export const role = z.enum(['examiner', 'supervisor', 'auditor', 'administrator']);
export type Role = z.infer<typeof role>;
export const username = z.string().trim().min(2).max(64).regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash, underscore');
/** Length rules live in main (password policy) so the error names them. */
export const password = z.string().min(1).max(256);

export const sessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(role),
  partnerIds: z.array(z.string()),
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const authStatus = z.object({
  /** No administrator exists yet: the first start creates one (a CLI demo workspace has only the demo accounts). */
  firstRun: z.boolean(),
  signedIn: z.boolean(),
  /** Locked by inactivity: the password unlocks it, nothing is lost. */
  locked: z.boolean(),
  user: sessionUser.nullable(),
  inactivityMinutes: z.number().int().positive(),
});
export type AuthStatus = z.infer<typeof authStatus>;

const empty = z.object({}).strict();

export const sessionContract = {
  'auth.status': method(empty, authStatus),
  'auth.setupAdministrator': method(
    z.object({ username, displayName: z.string().trim().min(1).max(128), password }).strict(),
    authStatus,
  ),
  'auth.signIn': method(z.object({ username, password }).strict(), authStatus),
  'auth.signOut': method(empty, authStatus),
  'auth.unlock': method(z.object({ password }).strict(), authStatus),
  'auth.changePassword': method(z.object({ currentPassword: password, newPassword: password }).strict(), authStatus),
  /** User activity in the renderer (input events): keeps the session from locking. */
  'auth.ping': method(empty, z.object({ locksAt: z.string() })),
};
