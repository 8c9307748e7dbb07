import { useState, type FormEvent } from 'react';
import type { Role } from '../../../../preload/contract/session';
import { useAdminStore } from '../../store/admin';
import { RolePartnerPicker } from './RolePartnerPicker';
import { useShallow } from 'zustand/react/shallow';

const EMPTY = { username: '', displayName: '', password: '', roles: ['examiner'] as Role[], partnerIds: [] as string[] };

/** A new account with a temporary password the user replaces at first sign-in. */
export function NewUserForm() {
  const { partners, createUser } = useAdminStore(useShallow((s) => ({ partners: s.partners, createUser: s.createUser })));
  const [draft, setDraft] = useState(EMPTY);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void createUser(draft).then((ok) => ok && setDraft(EMPTY));
  };
  return (
    <form className="admin-form" onSubmit={submit} aria-label="New account" data-testid="new-user-form">
      <h2>New account</h2>
      <label className="field">
        <span>Username</span>
        <input data-testid="new-user-username" value={draft.username} onChange={(e) => setDraft({ ...draft, username: e.target.value })} required />
      </label>
      <label className="field">
        <span>Full name</span>
        <input data-testid="new-user-name" value={draft.displayName} onChange={(e) => setDraft({ ...draft, displayName: e.target.value })} required />
      </label>
      <label className="field">
        <span>Temporary password</span>
        <input data-testid="new-user-password" type="password" autoComplete="new-password" value={draft.password} onChange={(e) => setDraft({ ...draft, password: e.target.value })} required />
      </label>
      <RolePartnerPicker roles={draft.roles} partnerIds={draft.partnerIds} partners={partners} onChange={(next) => setDraft({ ...draft, ...next })} idPrefix="new-user" />
      <button type="submit" className="button primary" data-testid="new-user-submit" disabled={draft.roles.length === 0}>
        Create account
      </button>
    </form>
  );
}
