import type { Role } from '../../../../preload/contract/session';

export const ROLES: readonly Role[] = ['examiner', 'supervisor', 'auditor', 'administrator'];

const toggle = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

/** Checkboxes for roles and partners of one account. */
export function RolePartnerPicker({
  roles,
  partnerIds,
  partners,
  onChange,
  idPrefix,
}: {
  roles: readonly Role[];
  partnerIds: readonly string[];
  partners: readonly { id: string; name: string }[];
  onChange(next: { roles: Role[]; partnerIds: string[] }): void;
  idPrefix: string;
}) {
  return (
    <div className="picker">
      <fieldset>
        <legend>Roles</legend>
        {ROLES.map((role) => (
          <label key={role} className="check">
            <input type="checkbox" data-testid={`${idPrefix}-role-${role}`} checked={roles.includes(role)} onChange={() => onChange({ roles: toggle(roles, role), partnerIds: [...partnerIds] })} />
            {role}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Partners</legend>
        {partners.length === 0 && <span className="muted small">No partners yet</span>}
        {partners.map((p) => (
          <label key={p.id} className="check">
            <input type="checkbox" data-testid={`${idPrefix}-partner-${p.id}`} checked={partnerIds.includes(p.id)} onChange={() => onChange({ roles: [...roles], partnerIds: toggle(partnerIds, p.id) })} />
            {p.name}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
