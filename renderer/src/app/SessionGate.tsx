// The gate in front of the application: first-run administrator creation,
// sign-in, a required password change, and the inactivity lock. While locked,
// the application stays mounted under the lock overlay (inert), so unsaved work
// survives the lock. Signing out reloads the page, so nothing the previous user
// had open (global stores included) is left for the next one.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Role } from '../../../preload/contract/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { AdminScreen } from '../features/admin/AdminScreen';
import { AgreementsScreen } from '../features/agreements/AgreementsScreen';
import { AuditViewer } from '../features/audit/AuditViewer';
import { ChangePasswordForm } from '../features/login/ChangePasswordForm';
import { FirstRunForm } from '../features/login/FirstRunForm';
import { LockScreen } from '../features/login/LockScreen';
import { OversightScreen } from '../features/oversight/OversightScreen';
import { SignInForm } from '../features/login/SignInForm';
import { useSessionStore } from '../store/session';
import { useSessionActivity, type ActivityOptions } from '../features/login/use-activity';
import '../features/login/session.css';
import { useShallow } from 'zustand/react/shallow';

export type Screen = 'casework' | 'agreements' | 'oversight' | 'audit' | 'admin';

/** The screens a user's roles open; main enforces the same through permissions. */
export function screensFor(roles: readonly Role[]): Screen[] {
  const screens: Screen[] = [];
  if (roles.some((r) => r === 'examiner' || r === 'supervisor' || r === 'auditor')) screens.push('casework', 'agreements');
  if (roles.some((r) => r === 'supervisor' || r === 'auditor')) screens.push('oversight');
  if (roles.includes('auditor')) screens.push('audit');
  if (roles.includes('administrator')) screens.push('admin');
  return screens;
}

const SCREEN_LABELS: Record<Screen, string> = { casework: 'Casework', agreements: 'Agreements', oversight: 'Oversight', audit: 'Audit trail', admin: 'Administration' };

export interface SessionGateProps {
  children: ReactNode;
  /** After sign-out; reloading drops every piece of renderer state. */
  onSignedOut?: () => void;
  activity?: ActivityOptions;
}

export function SessionGate({ children, onSignedOut = () => window.location.reload(), activity }: SessionGateProps) {
  const { status, refresh, error } = useSessionStore(useShallow((s) => ({ status: s.status, refresh: s.refresh, error: s.error })));
  const [screen, setScreen] = useState<Screen | null>(null);
  const [changingPassword, setChangingPassword] = useState(false);
  const wasSignedIn = useRef(false);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  useSessionActivity(Boolean(status?.signedIn && !status.locked), activity);

  useEffect(() => {
    if (!status) return;
    if (wasSignedIn.current && !status.signedIn) onSignedOut();
    wasSignedIn.current = status.signedIn;
  }, [status, onSignedOut]);

  if (!status) return error ? <ErrorNotice message={error} onRetry={() => void refresh()} /> : <div className="placeholder">Starting…</div>;
  if (status.firstRun) return <FirstRunForm />;
  if (!status.signedIn || !status.user) return <SignInForm />;
  const user = status.user;
  if (user.mustChangePassword) return <ChangePasswordForm required />;

  const screens = screensFor(user.roles);
  const current = screen && screens.includes(screen) ? screen : screens[0];

  return (
    <>
      <div className="session-app" key={user.id} inert={status.locked} aria-hidden={status.locked || undefined} data-testid="session-app">
        <SessionBar
          username={user.displayName || user.username}
          roles={user.roles}
          screens={screens}
          current={current}
          onScreen={setScreen}
          onChangePassword={() => setChangingPassword(true)}
        />
        {changingPassword ? (
          <ChangePasswordForm required={false} onDone={() => setChangingPassword(false)} />
        ) : (
          <>
            {/* Casework stays mounted while another screen shows, so its state survives switching. */}
            <div hidden={current !== 'casework'}>{screens.includes('casework') && children}</div>
            {current === 'agreements' && <AgreementsScreen />}
            {current === 'oversight' && <OversightScreen />}
            {current === 'audit' && <AuditViewer />}
            {current === 'admin' && <AdminScreen />}
          </>
        )}
      </div>
      {status.locked && <LockScreen username={user.username} />}
    </>
  );
}

interface SessionBarProps {
  username: string;
  roles: readonly Role[];
  screens: Screen[];
  current: Screen | undefined;
  onScreen(screen: Screen): void;
  onChangePassword(): void;
}

function SessionBar({ username, roles, screens, current, onScreen, onChangePassword }: SessionBarProps) {
  const signOut = useSessionStore((s) => s.signOut);
  return (
    <nav className="session-bar" aria-label="Session">
      {screens.length > 1 &&
        screens.map((s) => (
          <button key={s} type="button" className={`button${s === current ? ' primary' : ''}`} data-testid={`screen-${s}`} aria-current={s === current || undefined} onClick={() => onScreen(s)}>
            {SCREEN_LABELS[s]}
          </button>
        ))}
      <span className="spacer" />
      <span data-testid="session-user">{username}</span>
      <span className="roles">{roles.join(', ')}</span>
      <button type="button" className="link" onClick={onChangePassword}>
        Change password
      </button>
      <button type="button" className="button" data-testid="sign-out" onClick={() => void signOut()}>
        Sign out
      </button>
    </nav>
  );
}
