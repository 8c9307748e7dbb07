// First start: no account exists, so the first person creates the
// administrator. Main refuses this as soon as any account exists.
import { useState, type FormEvent } from 'react';
import { Field } from './PasswordField';
import { useSessionStore } from '../../store/session';
import { useShallow } from 'zustand/react/shallow';

export function FirstRunForm() {
  const { setupAdministrator, busy, error } = useSessionStore(useShallow((s) => ({ setupAdministrator: s.setupAdministrator, busy: s.busy, error: s.error })));
  const [username, setUsername] = useState('admin');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const mismatch = repeat.length > 0 && repeat !== password;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    void setupAdministrator({ username: username.trim(), displayName: displayName.trim(), password });
  };

  return (
    <form className="login" onSubmit={submit} data-testid="first-run-form" aria-label="Create the administrator">
      <h1>Create the administrator</h1>
      <p className="muted small">
        This workstation has no accounts yet. The administrator manages accounts, roles, partners and settings; casework needs
        separate examiner, supervisor and auditor accounts.
      </p>
      <Field label="Username" testId="first-run-username" value={username} onChange={(e) => setUsername(e.target.value)} required />
      <Field label="Full name" testId="first-run-name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} required />
      <Field label="Password (at least 10 characters)" testId="first-run-password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      <Field label="Repeat the password" testId="first-run-repeat" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} required />
      {mismatch && <p className="notice notice-error">The passwords differ.</p>}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" data-testid="first-run-submit" disabled={busy || mismatch || !password || !displayName}>
        Create and sign in
      </button>
    </form>
  );
}
