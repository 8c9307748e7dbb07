// The inactivity lock: an overlay over the still-mounted application, so what
// the examiner was doing (unsaved markup, an open comparison) is there again
// after the password. Signing out instead discards it.
import { useState, type FormEvent } from 'react';
import { Field } from './PasswordField';
import { useSessionStore } from '../../store/session';
import { useShallow } from 'zustand/react/shallow';

export function LockScreen({ username }: { username: string }) {
  const { unlock, signOut, busy, error } = useSessionStore(useShallow((s) => ({ unlock: s.unlock, signOut: s.signOut, busy: s.busy, error: s.error })));
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void unlock(password).then(() => setPassword(''));
  };

  return (
    <div className="lock-overlay" role="dialog" aria-modal="true" aria-label="Session locked" data-testid="lock-screen">
      <form className="login" onSubmit={submit}>
        <h1>Session locked</h1>
        <p className="muted small">
          Locked after inactivity. Enter the password of <strong>{username}</strong> to continue where you left off.
        </p>
        <Field label="Password" testId="unlock-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} autoFocus required />
        {error && (
          <p className="notice notice-error" role="alert" data-testid="unlock-error">
            {error}
          </p>
        )}
        <button type="submit" className="button primary" data-testid="unlock-submit" disabled={busy || !password}>
          Unlock
        </button>
        <button type="button" className="button" data-testid="lock-sign-out" onClick={() => void signOut()}>
          Sign out (unsaved work is lost)
        </button>
      </form>
    </div>
  );
}
