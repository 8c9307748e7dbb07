// One account: its roles and partners (editable), its lock with the unlock
// reason the administrator must give, and a temporary password reset.
import { useState } from 'react';
import type { UserRecord } from '../../../../preload/contract/admin';
import { useAdminStore } from '../../store/admin';
import { RolePartnerPicker } from './RolePartnerPicker';
import { useShallow } from 'zustand/react/shallow';

export function UserRow({ user }: { user: UserRecord }) {
  const { partners, assign, unlock, resetPassword } = useAdminStore(useShallow((s) => ({ partners: s.partners, assign: s.assign, unlock: s.unlock, resetPassword: s.resetPassword })));
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ roles: user.roles, partnerIds: user.partnerIds });
  const [reason, setReason] = useState('');
  const [password, setPassword] = useState('');
  const partnerName = (id: string) => partners.find((p) => p.id === id)?.name ?? id;

  return (
    <tr data-testid="admin-user-row" data-username={user.username}>
      <td>
        <strong>{user.username}</strong>
        <div className="muted small">{user.displayName}</div>
      </td>
      <td>
        {editing ? (
          <>
            <RolePartnerPicker roles={draft.roles} partnerIds={draft.partnerIds} partners={partners} onChange={setDraft} idPrefix={`edit-${user.username}`} />
            <button type="button" className="button primary" onClick={() => void assign({ userId: user.id, ...draft }).then((ok) => ok && setEditing(false))}>
              Save
            </button>
            <button type="button" className="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </>
        ) : (
          <>
            <div>{user.roles.join(', ')}</div>
            <div className="muted small">{user.partnerIds.map(partnerName).join(', ') || 'no partners'}</div>
            <button type="button" className="link" onClick={() => setEditing(true)}>
              Edit roles and partners
            </button>
          </>
        )}
      </td>
      <td>
        {user.lock ? (
          <div className="lock-state">
            <span className="badge state-blocked">locked: {user.lock.cause}</span>
            <span className="muted small"> since {user.lock.lockedAt}</span>
            <input aria-label={`Reason to unlock ${user.username}`} data-testid={`unlock-reason-${user.username}`} placeholder="Reason (recorded)" value={reason} onChange={(e) => setReason(e.target.value)} />
            <button type="button" className="button" data-testid={`unlock-${user.username}`} disabled={reason.trim().length < 5} onClick={() => void unlock({ userId: user.id, reason: reason.trim() }).then(() => setReason(''))}>
              Unlock
            </button>
          </div>
        ) : (
          <span className="muted small">{user.mustChangePassword ? 'active (must change password)' : 'active'}</span>
        )}
      </td>
      <td>
        <input type="password" aria-label={`Temporary password for ${user.username}`} placeholder="Temporary password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="button" className="button" disabled={password.length === 0} onClick={() => void resetPassword({ userId: user.id, password }).then((ok) => ok && setPassword(''))}>
          Reset
        </button>
      </td>
    </tr>
  );
}
