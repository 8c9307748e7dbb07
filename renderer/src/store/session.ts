// The renderer's view of the session main holds. Main decides everything
// (sign-in, lock, roles); this store only mirrors auth.status and sends the
// user's requests. The inactivity lock is detected by asking main, never by a
// renderer timer alone.
import { create } from 'zustand';
import type { MethodInput } from '../../../preload/contract';
import type { AuthStatus } from '../../../preload/contract/session';
import { call } from '../api/client';
import { isApiError } from '../api/errors';

interface SessionState {
  status: AuthStatus | null;
  /** The last refusal, shown on the current form. */
  error: string | null;
  busy: boolean;
  refresh(): Promise<void>;
  setupAdministrator(input: MethodInput<'auth.setupAdministrator'>): Promise<void>;
  signIn(input: MethodInput<'auth.signIn'>): Promise<void>;
  unlock(password: string): Promise<void>;
  changePassword(input: MethodInput<'auth.changePassword'>): Promise<void>;
  signOut(): Promise<void>;
  /** User input happened: tell main, which postpones the lock (or reports it). */
  ping(): Promise<void>;
  clearError(): void;
}

function message(error: unknown): string {
  return isApiError(error) ? error.message : 'Main did not answer; try again.';
}

export const useSessionStore = create<SessionState>()((set, get) => {
  /** Runs a session change; on any refusal re-reads the status (e.g. the account just locked). */
  async function change(run: () => Promise<AuthStatus>): Promise<void> {
    set({ busy: true, error: null });
    try {
      set({ status: await run(), busy: false });
    } catch (error) {
      set({ error: message(error), busy: false });
      await get().refresh();
    }
  }

  return {
    status: null,
    error: null,
    busy: false,
    async refresh() {
      try {
        const status = await call('auth.status', {});
        // The first answer clears a start-up failure; later refreshes keep a form's refusal visible.
        if (get().status === null) set({ error: null });
        // Keep the object when nothing changed so subscribers do not re-render.
        if (JSON.stringify(status) !== JSON.stringify(get().status)) set({ status });
      } catch (error) {
        set({ error: message(error) });
      }
    },
    setupAdministrator: (input) => change(() => call('auth.setupAdministrator', input)),
    signIn: (input) => change(() => call('auth.signIn', input)),
    unlock: (password) => change(() => call('auth.unlock', { password })),
    changePassword: (input) => change(() => call('auth.changePassword', input)),
    signOut: () => change(() => call('auth.signOut', {})),
    async ping() {
      try {
        await call('auth.ping', {});
      } catch (error) {
        if (isApiError(error) && ['session-locked', 'unauthenticated', 'account-locked'].includes(error.code)) await get().refresh();
      }
    },
    clearError: () => set({ error: null }),
  };
});
