// The single role -> permission table. Every API method names one permission;
// the registry checks it before the handler runs. Nothing is checked only in UI.
import type { Role } from './roles';

export const permissions = {
  'case.read': ['examiner', 'supervisor', 'auditor'],
  'workspace.read': ['examiner', 'supervisor', 'auditor', 'administrator'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function roleAllows(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

export function sessionAllows(sessionRoles: readonly Role[], permission: Permission): boolean {
  return sessionRoles.some((role) => roleAllows(role, permission));
}
