// Roles and the session main holds for the signed-in user. The permission table
// (permissions.ts) is the single place that says which role may do what.
export const roles = ['examiner', 'supervisor', 'auditor', 'administrator'] as const;
export type Role = (typeof roles)[number];

export interface Session {
  readonly id: string;
  readonly userId: string;
  readonly username: string;
  readonly roles: readonly Role[];
  /** Partners this user is assigned; they see nothing of any other partner. */
  readonly partnerIds: readonly string[];
  locked: boolean;
  lastActivityMs: number;
}
