import { expect } from 'vitest';
import { RidgelineError } from '../../../main/core/errors';

/** Decoding damaged bytes either succeeds or throws a typed error, never anything else. */
export function decodesOrRefuses(decode: () => unknown, allowed: readonly string[] = ['bad-file', 'unsupported']): void {
  try {
    decode();
  } catch (error) {
    expect(error).toBeInstanceOf(RidgelineError);
    expect(allowed).toContain((error as RidgelineError).code);
  }
}

export function refuses(decode: () => unknown, code = 'bad-file'): void {
  let thrown: unknown;
  try {
    decode();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(RidgelineError);
  expect((thrown as RidgelineError).code).toBe(code);
}
