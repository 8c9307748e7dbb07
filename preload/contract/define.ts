import { z } from 'zod';

/** One API method: the schema of its argument and of its result. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> {
  return { input, output };
}

/**
 * Bytes cross the boundary as a Uint8Array: structured clone carries it over
 * IPC and between threads (the worker transfers its buffer), never base64.
 */
export const byteArray = () => z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes (a Uint8Array)');

/** Bytes from the renderer: a non-empty Uint8Array of at most `maxBytes`. */
export function bytes(maxBytes: number) {
  return byteArray()
    .refine((value) => value.byteLength > 0, 'no bytes')
    .refine((value) => value.byteLength <= maxBytes, `more than ${maxBytes} bytes`);
}
