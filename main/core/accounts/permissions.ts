// The single role -> permission table. Every API method names one permission;
// the registry checks it before the handler runs. Nothing is checked only in UI.
import type { Role } from './roles';

export const permissions = {
  'case.read': ['examiner', 'supervisor', 'auditor'],
  'workspace.read': ['examiner', 'supervisor', 'auditor', 'administrator'],
  // Every signed-in user, for their own session: sign out, unlock, password, activity.
  'session.use': ['examiner', 'supervisor', 'auditor', 'administrator'],
  // Casework. Examiners analyse, compare and conclude; an examiner verifies cases
  // they did not examine (the handler checks who examined). Supervisors decide
  // blocked cases and conflicts, approve disclosures and release them.
  'case.intake': ['examiner', 'supervisor'],
  // Opening a received transaction file into the workspace (prints, features, packet row).
  'packet.import': ['examiner'],
  'case.examine': ['examiner'],
  'case.verify': ['examiner'],
  'case.decide-blocked': ['supervisor'],
  'case.resolve-conflict': ['supervisor'],
  'case.purge': ['supervisor'],
  // Closing a released or purged case ends its lifecycle (core/cases/lifecycle.ts).
  'case.close': ['supervisor'],
  'disclosure.draft': ['examiner', 'supervisor'],
  'disclosure.approve': ['supervisor'],
  // Sending a draft back to the examiner instead of approving it.
  'disclosure.return': ['supervisor'],
  'release.send': ['supervisor'],
  'print.export': ['examiner', 'supervisor'],
  'agreement.read': ['examiner', 'supervisor', 'auditor'],
  'agreement.manage': ['supervisor'],
  'holdings.manage': ['supervisor'],
  // Oversight: the auditor reads, verifies and exports the trail; nobody else does.
  'audit.read': ['auditor'],
  'audit.export': ['auditor'],
  // Oversight of the exchange (IBIS PIA): reports, corrections of inaccurate data,
  // redress and incidents. Anyone in casework may record a notice of inaccurate
  // data; a supervisor resolves it. Auditors read everything in their scope.
  'report.read': ['supervisor', 'auditor'],
  'report.export': ['supervisor', 'auditor'],
  'correction.record': ['examiner', 'supervisor'],
  'correction.resolve': ['supervisor'],
  'oversight.read': ['supervisor', 'auditor'],
  'oversight.manage': ['supervisor'],
  'retention.run': ['supervisor'],
  // Administration: accounts, roles, partners, locks and settings. Administrators
  // see no casework: administering accounts gives no need-to-know.
  'accounts.manage': ['administrator'],
  'settings.manage': ['administrator'],
  // Seeding the synthetic demo (first start, newcomers): no real data is touched, but it creates
  // accounts and a partner, which is administration. Never a casework role: nobody may use the demo
  // to widen their own partner scope.
  'workspace.demo': ['administrator'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function roleAllows(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

export function sessionAllows(sessionRoles: readonly Role[], permission: Permission): boolean {
  return sessionRoles.some((role) => roleAllows(role, permission));
}
