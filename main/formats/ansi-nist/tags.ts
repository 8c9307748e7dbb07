// Field tags: "T.NNN:" (ANSI/NIST-ITL 1-2011) or the early two-digit "1.01:".
import { COLON, PERIOD } from './separators';

export interface Tag {
  type: number;
  number: number;
  /** Bytes from the tag's first digit to just after the colon. */
  size: number;
  /** Field number written with fewer than three digits (early files). */
  short: boolean;
}

// A tag is at most "99.999999:" long; we never scan further than this for the colon,
// so a corrupt file cannot make tag parsing read unboundedly.
const MAX_TAG_BYTES = 16;

const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;

/** Parses a tag at `at`, or returns null when the bytes there are not a tag. */
export function parseTag(bytes: Uint8Array, at: number, limit: number): Tag | null {
  const end = Math.min(limit, at + MAX_TAG_BYTES);
  let i = at;
  let type = 0;
  while (i < end && isDigit(bytes[i])) type = type * 10 + bytes[i++]! - 0x30;
  if (i === at || i >= end || bytes[i] !== PERIOD) return null;
  const numberStart = ++i;
  let number = 0;
  while (i < end && isDigit(bytes[i])) number = number * 10 + bytes[i++]! - 0x30;
  if (i === numberStart || i >= end || bytes[i] !== COLON) return null;
  return { type, number, size: i + 1 - at, short: i - numberStart < 3 };
}

/** The canonical text of a tag, e.g. "14.013". */
export const tagText = (type: number, number: number): string => `${type}.${String(number).padStart(3, '0')}`;
