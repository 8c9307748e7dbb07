// Typed errors that cross the renderer/main boundary. The renderer only ever
// sees { code, message, details? }: never a stack, never a raw exception.
import { z } from 'zod';

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
  'internal', // a bug or environment failure; details are in the main-process log
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const apiErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** What every API call resolves to: never a rejection. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
