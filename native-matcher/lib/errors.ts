// Native failures arrive as Errors with a contract `code`; turn them into
// RidgelineError so callers (API, CLI, bench) handle one error type.
import { isErrorCode, RidgelineError } from '../../preload/shared/errors';

export function toRidgelineError(error: unknown): RidgelineError {
  if (error instanceof RidgelineError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  // An uncoded error from inside the addon (or loading it) is a bug or a broken build.
  return new RidgelineError(isErrorCode(code) ? code : 'internal', message);
}

/** Runs a native call, converting both synchronous throws and rejections. */
export async function native<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toRidgelineError(error);
  }
}

export function nativeSync<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw toRidgelineError(error);
  }
}
