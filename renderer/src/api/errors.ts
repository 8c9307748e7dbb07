// The one error type the renderer handles: the typed error main answered with.
// Bridge failures (no bridge, a call that never completed) map to 'internal'.
import type { ApiError as ApiErrorShape, ErrorCode } from '../../../preload/contract/errors';

export class ApiError extends Error implements ApiErrorShape {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    if (details) this.details = details;
  }

  static from(shape: ApiErrorShape): ApiError {
    return new ApiError(shape.code, shape.message, shape.details);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A message fit for the examiner: typed errors keep theirs, anything else is generic. */
export function describeError(error: unknown): string {
  return isApiError(error) ? error.message : 'Something went wrong; the details are in the application log.';
}
