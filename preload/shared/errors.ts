// The one error type of every layer. Domain, formats and matcher errors carry a
// contract error code so the API answers with a typed error without guessing;
// anything else that escapes a handler is a bug and reaches the renderer only
// as 'internal'. Lives in preload/shared so formats, the native matcher's
// wrapper and the renderer can name it without importing the domain.

export const errorCodes = [
  'invalid-argument', // the call's arguments failed validation
  'unknown-method', // no such API method
  'unauthenticated', // no signed-in session
  'session-locked', // session locked by inactivity; password needed
  'forbidden', // the user's role or partner scope does not allow it
  'not-found', // the object does not exist or is outside the user's scope
  'conflict', // the object's state does not allow the action
  'bad-file', // a file is corrupt, truncated or not what it claims
  'unsupported', // a valid but unsupported encoding or feature
  'wrong-key', // a database or packet key/password is wrong
  'account-locked', // lockout after failures, or export limit reached
  'cancelled', // the caller cancelled a long operation
  'refused', // an incoming packet was refused; details.reason says why (unknown-sender, bad-signature, ...)
  'internal', // a bug or environment failure; details are in the main-process log
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

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

export const notFound = (what: string, id: string) =>
  new RidgelineError('not-found', `${what} ${id} was not found`, { id });
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new RidgelineError('conflict', message, details);
export const badFile = (message: string, details?: Record<string, unknown>) =>
  new RidgelineError('bad-file', message, details);
