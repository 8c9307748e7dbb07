// Domain errors carry a contract error code so the API layer can answer with a
// typed error without guessing. Anything else that escapes a handler is a bug
// and reaches the renderer only as 'internal'.
import type { ErrorCode } from '../../preload/contract/errors';

export class RidgelineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'RidgelineError';
  }
}

export const notFound = (what: string, id: string) => new RidgelineError('not-found', `${what} ${id} was not found`, { id });
export const conflict = (message: string, details?: Record<string, unknown>) => new RidgelineError('conflict', message, details);
export const badFile = (message: string, details?: Record<string, unknown>) => new RidgelineError('bad-file', message, details);
