import { randomUUID } from 'node:crypto';

/** Opaque identifiers: a short prefix says what the object is (c_..., p_...). */
export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '')}`;
}

export const nowUtc = (): string => new Date().toISOString();
