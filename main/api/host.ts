// The API host: what both the Electron shell (one per window) and the E2E
// bridge put behind `window.ridgeline.invoke`. It holds the window's session,
// refreshes it on every call (roles, partners, account locks take effect at
// once), dispatches through the registry, and audits every refusal, every
// error and every call that its handler did not audit itself.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApiError, ApiResult } from '../../preload/contract/errors';
import { createSessionManager, type SessionManager } from '../core/accounts/sessions';
import type { AuditOutcome } from '../core/audit/entry';
import type { Workspace } from '../core/workspace';
import { eventOf, isPersonalDataRead, isQuiet, objectsOf } from './audit-policy';
import type { CallContext } from './context';
import { implementation as defaultImplementation } from './implementation';
import { dispatch, type Implementation } from './registry';

export interface ApiHostOptions {
  workspace: Workspace;
  /** This workstation's name, in every audit entry. */
  workstation: string;
  /** Main's clock; tests inject one to drive the inactivity lock. */
  clock?: () => Date;
  implementation?: Implementation;
  /** Asks the user for the outbox folder a release goes to (the shell's folder dialog). */
  chooseOutbox?: () => Promise<string | null>;
  /** Where unexpected exceptions are logged (main-process log). */
  log?: (message: string, error: unknown) => void;
}

export interface ApiHost {
  invoke(method: unknown, args: unknown): Promise<ApiResult<unknown>>;
  readonly sessions: SessionManager;
}

/** Methods a user who must change their password may still call. */
const BEFORE_PASSWORD_CHANGE = new Set(['auth.status', 'auth.signOut', 'auth.unlock', 'auth.changePassword', 'auth.ping']);
const DENIALS: ReadonlySet<ApiError['code']> = new Set(['unauthenticated', 'session-locked', 'forbidden', 'account-locked']);

export function createApiHost(options: ApiHostOptions): ApiHost {
  const { workspace, workstation } = options;
  const clock = options.clock ?? (() => new Date());
  const impl = options.implementation ?? defaultImplementation;
  const log = options.log ?? ((message, error) => console.error(`[ridgeline api] ${message}`, error));
  const sessions = createSessionManager({ accounts: workspace.accounts, audit: workspace.audit, workstation, clock });

  const ctx: CallContext = { workspace, workstation, session: () => sessions.current(), sessions, clock, ...(options.chooseOutbox ? { chooseOutbox: options.chooseOutbox } : {}) };

  // Whether the call in progress wrote its own audit entry. Kept per call (its
  // async context), not by comparing the global chain head: a concurrent call
  // moving the head must not make this call skip its entry.
  const calls = new AsyncLocalStorage<{ audited: boolean }>();
  workspace.audit.onAppend(() => {
    const call = calls.getStore();
    if (call) call.audited = true;
  });

  function entryFor(method: string, args: unknown, outcome: AuditOutcome, event: string, details: Record<string, unknown>, who: { userId: string; username: string } | null) {
    return {
      actor: { userId: who?.userId ?? null, username: who?.username ?? null, workstation },
      event,
      outcome,
      objects: objectsOf(args),
      details: { method, ...details },
      at: clock(),
    };
  }

  function record(
    method: string,
    args: unknown,
    outcome: AuditOutcome,
    event: string,
    details: Record<string, unknown>,
    who: { userId: string; username: string } | null = sessions.current(),
  ): void {
    try {
      workspace.audit.record(entryFor(method, args, outcome, event, details, who));
    } catch (error) {
      // The audit trail failing is itself an incident: log loudly, never hide it behind the call's result.
      log(`could not audit ${method}`, error);
    }
  }

  const deny = (method: string, args: unknown, code: ApiError['code'], message: string, who = sessions.current()): ApiResult<never> => {
    record(method, args, 'denied', 'access.denied', { code }, who);
    return { ok: false, error: { code, message, details: { method } } };
  };

  async function invokeChecked(method: unknown, args: unknown): Promise<ApiResult<unknown>> {
    const name = typeof method === 'string' ? method.slice(0, 128) : `(${typeof method})`;
    const user = sessions.refresh();
    if (user?.lock) {
      const who = sessions.current();
      sessions.end('account-locked');
      if (name !== 'auth.status') return deny(name, args, 'account-locked', 'This account is locked; an administrator must unlock it', who);
    } else if (user?.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(name)) {
      return deny(name, args, 'forbidden', 'Change your password first');
    }

    const call = { audited: false };
    let readRecorded = false;
    const result = await calls.run(call, () =>
      dispatch(impl, ctx, method, args, {
        onDenied: (_ctx, denied, error) => record(denied, args, 'denied', 'access.denied', { code: error.code }),
        onInternalError: (failed, error) => {
          log(`internal error in ${failed}`, error);
          record(failed, args, 'error', 'api.error', { code: 'internal' });
        },
        // A read of personal data is recorded before it happens; if the entry
        // cannot be written (this throws), the read does not happen.
        beforeHandler: (authorised, parsedArgs) => {
          if (!isPersonalDataRead(authorised)) return;
          workspace.audit.record(entryFor(authorised, parsedArgs, 'success', eventOf(authorised), {}, sessions.current()));
          readRecorded = true;
          call.audited = false; // what follows is the handler's own auditing
        },
      }),
    );

    // Denials and internal errors were audited by the hooks; handlers audit their own changes.
    if (!call.audited && !isQuiet(name)) {
      if (result.ok) {
        if (!readRecorded) record(name, args, 'success', eventOf(name), {});
      }
      // A call to a method that does not exist is a renderer probing the boundary.
      else if (result.error.code === 'unknown-method') record(name, {}, 'denied', 'access.denied', { code: 'unknown-method' });
      else if (!DENIALS.has(result.error.code)) record(name, args, 'error', eventOf(name), { code: result.error.code });
    }
    return result;
  }

  return {
    sessions,
    async invoke(method, args) {
      try {
        return await invokeChecked(method, args);
      } catch (error) {
        // dispatch() maps handler failures; this catches the host's own (e.g. the database gone): never a rejection.
        log('API host failure', error);
        return { ok: false, error: { code: 'internal', message: 'An internal error occurred; it has been logged' } };
      }
    },
  };
}
