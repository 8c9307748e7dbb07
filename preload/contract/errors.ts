// Typed errors that cross the renderer/main boundary. The renderer only ever
// sees { code, message, details? }: never a stack, never a raw exception.
import { z } from 'zod';
import { errorCodes } from '../shared/errors';

// The codes are defined with the error type in preload/shared/errors.ts.
export { errorCodes, type ErrorCode } from '../shared/errors';

export const apiErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** What every API call resolves to: never a rejection. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
