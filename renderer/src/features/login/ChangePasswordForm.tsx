// Password change: required after an administrator set the password, and
// available to every user. Main checks the current password and the policy.
import { useState, type FormEvent } from 'react';
import { Field } from './PasswordField';
import { useSessionStore } from '../../store/session';
import { useShallow } from 'zustand/react/shallow';

export function ChangePasswordForm({ required, onDone }: { required: boolean; onDone?: () => void }) {
  const { changePassword, signOut, busy, error } = useSessionStore(useShallow((s) => ({ changePassword: s.changePassword, signOut: s.signOut, busy: s.busy, error: s.error })));
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const mismatch = repeat.length > 0 && repeat !== newPassword;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    void changePassword({ currentPassword, newPassword }).then(() => {
      if (!useSessionStore.getState().error) onDone?.();
    });
  };

  return (
    <form className="login" onSubmit={submit} data-testid="change-password-form" aria-label="Change your password">
      <h1>{required ? 'Choose your own password' : 'Change your password'}</h1>
      {required && <p className="muted small">Your password was set by an administrator. Choose one only you know before you continue.</p>}
      <Field label="Current password" testId="change-current" type="password" autoComplete="current-password" value={currentPassword} onChange={(e) => setCurrent(e.target.value)} required />
      <Field label="New password (at least 10 characters)" testId="change-new" type="password" autoComplete="new-password" value={newPassword} onChange={(e) => setNew(e.target.value)} required />
      <Field label="Repeat the new password" testId="change-repeat" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} required />
      {mismatch && <p className="notice notice-error">The new passwords differ.</p>}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" data-testid="change-submit" disabled={busy || mismatch || !newPassword}>
        Change password
      </button>
      {required && (
        <button type="button" className="button" onClick={() => void signOut()}>
          Sign out
        </button>
      )}
    </form>
  );
}
