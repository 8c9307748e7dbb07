// Who is acting in an API call, for audit entries.
import type { AuditActor } from '../core/audit/log';
import { RidgelineError } from '../core/errors';
import type { SessionManager } from '../core/accounts/sessions';
import type { CallContext } from './context';

export function actorOf(ctx: CallContext): AuditActor {
  const session = ctx.session();
  return { userId: session?.userId ?? null, username: session?.username ?? null, workstation: ctx.workstation };
}

export function sessionsOf(ctx: CallContext): SessionManager {
  if (!ctx.sessions) throw new RidgelineError('internal', 'This call needs the API host (createApiHost) to hold the session');
  return ctx.sessions;
}
