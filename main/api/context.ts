import type { Session } from '../core/accounts/roles';
import type { SessionManager } from '../core/accounts/sessions';
import type { Workspace } from '../core/workspace';

/** What a handler may use: the workspace services and the caller's session. */
export interface CallContext {
  readonly workspace: Workspace;
  /** The session held by main for this window; null when nobody is signed in. */
  session(): Session | null;
  /** Name of this workstation for audit entries. */
  readonly workstation: string;
  /** The window's session manager, set by the API host (main/api/host.ts); sign-in and lock methods need it. */
  readonly sessions?: SessionManager;
  /** Main's clock (injected in tests). */
  readonly clock?: () => Date;
  /** Asks the user for the outbox folder (Electron: a folder dialog in main); null when cancelled. Never a renderer-given path. */
  readonly chooseOutbox?: () => Promise<string | null>;
}
