// Administration: accounts, their roles and partners, lifting locks (with a
// recorded reason), and the settings for inactivity and export limits.
import { z } from 'zod';
import { id } from './cases';
import { method } from './define';
import { password, role, username } from './session';

export const accountLock = z.object({
  cause: z.enum(['failed-sign-ins', 'export-limit']),
  lockedAt: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type AccountLock = z.infer<typeof accountLock>;

export const userRecord = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(role),
  partnerIds: z.array(z.string()),
  mustChangePassword: z.boolean(),
  failedSignIns: z.number().int(),
  lock: accountLock.nullable(),
  createdAt: z.string(),
});
export type UserRecord = z.infer<typeof userRecord>;

export const accountSettings = z.object({
  inactivityMinutes: z.number().int(),
  maxFailedSignIns: z.number().int(),
  exportLimitPrintsPerDay: z.number().int(),
  exportLimitRecordsPerDay: z.number().int(),
});

export const partnerRecord = z.object({ id: z.string(), name: z.string(), country: z.string() });
export type PartnerRecord = z.infer<typeof partnerRecord>;

const partnerDraft = z.object({
  name: z.string().trim().min(1).max(200),
  /** ISO 3166-1 alpha-2 or alpha-3. */
  country: z.string().trim().regex(/^[A-Za-z]{2,3}$/, 'an ISO 3166 country code (two or three letters)'),
});

const roles = z.array(role).min(1).max(4);
const partnerIds = z.array(id).max(500);

export const adminContract = {
  'admin.users.list': method(z.object({}).strict(), z.array(userRecord)),
  'admin.users.create': method(
    z.object({ username, displayName: z.string().trim().min(1).max(128), password, roles, partnerIds }).strict(),
    userRecord,
  ),
  'admin.users.assign': method(z.object({ userId: id, roles, partnerIds }).strict(), userRecord),
  /** Sets a temporary password the user must change at next sign-in. */
  'admin.users.resetPassword': method(z.object({ userId: id, password }).strict(), userRecord),
  'admin.users.unlock': method(z.object({ userId: id, reason: z.string().trim().min(5).max(1000) }).strict(), userRecord),
  'admin.partners.list': method(z.object({}).strict(), z.array(partnerRecord)),
  /** A new partner agency; its id is made by main. */
  'admin.partners.create': method(partnerDraft.strict(), partnerRecord),
  /** Corrects a partner's name or country; its id, and everything referring to it, stays. */
  'admin.partners.update': method(partnerDraft.extend({ partnerId: id }).strict(), partnerRecord),
  'admin.settings.get': method(z.object({}).strict(), accountSettings),
  'admin.settings.update': method(accountSettings.partial().strict(), accountSettings),
};
