// The signed-in user's roles, for showing only the actions a role may take.
// Only a convenience: main checks every call against the permission table.
import type { Role } from '../../../../preload/contract/session';
import { useSessionStore } from '../../store/session';

export function useHasRole(...wanted: Role[]): boolean {
  return useSessionStore((s) => s.status?.user?.roles.some((role) => wanted.includes(role)) ?? false);
}
