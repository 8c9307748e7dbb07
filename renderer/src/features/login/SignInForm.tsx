// The sign-in form. A refusal says only "wrong username or password" (or that
// the account is locked): main words it, the form shows it.
import { useState, type FormEvent } from 'react';
import { Field } from './PasswordField';
import { useSessionStore } from '../../store/session';
import { useShallow } from 'zustand/react/shallow';

export function SignInForm() {
  const { signIn, busy, error } = useSessionStore(useShallow((s) => ({ signIn: s.signIn, busy: s.busy, error: s.error })));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void signIn({ username: username.trim(), password }).then(() => setPassword(''));
  };

  return (
    <form className="login" onSubmit={submit} data-testid="login-form" aria-label="Sign in">
      <h1>Sign in</h1>
      <Field label="Username" testId="login-username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} autoFocus required />
      <Field label="Password" testId="login-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      {error && (
        <p className="notice notice-error" role="alert" data-testid="login-error">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" data-testid="login-submit" disabled={busy || !username || !password}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
