// One registry: method -> schema (from the contract), permission, handler.
// dispatch() is the only way in: it validates the arguments, checks the session
// and the permission, runs the handler and maps every failure to a typed error.
import { z } from 'zod';
import { contract, type MethodName, type MethodOutput } from '../../preload/contract';
import type { ApiError, ApiResult } from '../../preload/contract/errors';
import { sessionAllows, type Permission } from '../core/accounts/permissions';
import { RidgelineError } from '../core/errors';
import type { CallContext } from './context';

export type Handler<M extends MethodName> = (
  ctx: CallContext,
  args: z.output<(typeof contract)[M]['input']>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export interface MethodImpl<M extends MethodName> {
  /** 'public' methods run without a session (sign-in, first-run set-up). */
  permission: Permission | 'public';
  /** Methods that may run while the session is locked by inactivity (unlock). */
  allowWhenLocked?: boolean;
  handler: Handler<M>;
}

export type Implementation = { [M in MethodName]: MethodImpl<M> };

export interface DispatchHooks {
  /** Called for every refused call so it can be audited. */
  onDenied?(ctx: CallContext, method: string, error: ApiError): void;
  /** Called with unexpected exceptions; the renderer only sees 'internal'. */
  onInternalError?(method: string, error: unknown): void;
  /**
   * Called once the call is authorised and its arguments valid, just before
   * the handler runs (the host writes read entries here). If it throws, the
   * handler does not run and the call fails as 'internal': fail closed.
   */
  beforeHandler?(method: string, args: unknown): void;
}

function fail(code: ApiError['code'], message: string, details?: Record<string, unknown>): ApiResult<never> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

export async function dispatch(
  impl: Implementation,
  ctx: CallContext,
  method: unknown,
  rawArgs: unknown,
  hooks: DispatchHooks = {},
): Promise<ApiResult<unknown>> {
  if (typeof method !== 'string' || !Object.hasOwn(contract, method)) {
    return fail('unknown-method', 'No such API method');
  }
  const name = method as MethodName;
  const spec = contract[name];
  const entry = impl[name] as MethodImpl<MethodName>;

  const denied = (code: ApiError['code'], message: string): ApiResult<never> => {
    const result = fail(code, message, { method: name });
    hooks.onDenied?.(ctx, name, (result as { error: ApiError }).error);
    return result;
  };

  if (entry.permission !== 'public') {
    const session = ctx.session();
    if (!session) return denied('unauthenticated', 'Sign in first');
    if (session.locked && !entry.allowWhenLocked) return denied('session-locked', 'The session is locked; enter your password');
    if (!sessionAllows(session.roles, entry.permission)) {
      return denied('forbidden', `Your role may not perform ${name}`);
    }
  }

  const parsed = spec.input.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return fail('invalid-argument', 'Invalid arguments', {
      method: name,
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }

  try {
    hooks.beforeHandler?.(name, parsed.data);
  } catch (error) {
    hooks.onInternalError?.(name, error);
    return fail('internal', 'The call could not be audited, so it was refused; it has been logged');
  }

  try {
    const value = await entry.handler(ctx, parsed.data as never);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof RidgelineError) {
      const result = fail(error.code, error.message, error.details);
      if (error.code === 'forbidden') hooks.onDenied?.(ctx, name, (result as { error: ApiError }).error);
      return result;
    }
    hooks.onInternalError?.(name, error);
    return fail('internal', 'An internal error occurred; it has been logged');
  }
}
