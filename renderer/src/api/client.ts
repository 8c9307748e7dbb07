// The renderer's only way out: a typed call per contract method. Resolves with
// the method's result or throws an ApiError; never anything else.
import type { ApiResult, MethodInput, MethodName, MethodOutput } from '../../../preload/contract';
import { bridge } from './bridge';
import { ApiError } from './errors';

function isResult(value: unknown): value is ApiResult<unknown> {
  if (!value || typeof value !== 'object' || !('ok' in value)) return false;
  if ((value as { ok: unknown }).ok === true) return 'value' in value;
  const error = (value as { error?: { code?: unknown; message?: unknown } }).error;
  // Type-only imports keep zod (and its eval-based fast path) out of the CSP-bound bundle.
  return typeof error?.message === 'string' && typeof error.code === 'string';
}

export async function call<M extends MethodName>(method: M, args: MethodInput<M>): Promise<MethodOutput<M>> {
  const api = bridge();
  if (!api) throw new ApiError('internal', 'The application bridge is not available');
  let result: unknown;
  try {
    result = await api.invoke(method, args);
  } catch {
    throw new ApiError('internal', `The call ${method} did not complete`);
  }
  if (!isResult(result)) throw new ApiError('internal', `The call ${method} returned an unexpected answer`);
  if (result.ok) return result.value as MethodOutput<M>;
  throw ApiError.from(result.error);
}
