// Password hashing with scrypt (memory-hard): N = 2^15, r = 8, p = 1 uses 32 MiB
// and ~0.1 s per hash on this class of machine, the OWASP baseline for scrypt.
// The parameters are stored with each hash so they can be raised later without
// invalidating existing passwords. Comparison is constant-time.
import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { RidgelineError } from '../errors';

export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_KDF: KdfParams = { N: 2 ** 15, r: 8, p: 1 };
const SALT_BYTES = 16;
const HASH_BYTES = 32;
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

function derive(password: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  // maxmem must exceed 128 * N * r or Node refuses; leave headroom.
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, HASH_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export function checkPasswordPolicy(password: string, username?: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new RidgelineError('invalid-argument', `A password has at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new RidgelineError('invalid-argument', `A password has at most ${MAX_PASSWORD_LENGTH} characters`);
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    throw new RidgelineError('invalid-argument', 'A password may not contain the username');
  }
}

/** Lower-case letters and digits that cannot be misread for one another (no l/1, o/0, i). */
const INITIAL_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A one-time initial password, shown once to whoever hands it over: five
 * groups of four (about 99 bits), easy to read aloud and type. The account is
 * created with mustChangePassword, so it only ever opens the change form.
 */
export function generateInitialPassword(): string {
  const groups = Array.from({ length: 5 }, () => Array.from({ length: 4 }, () => INITIAL_ALPHABET[randomInt(INITIAL_ALPHABET.length)]).join(''));
  return groups.join('-');
}

/** Encoded as scrypt$N$r$p$salt$hash (salt and hash in base64). */
export async function hashPassword(password: string, params: KdfParams = DEFAULT_KDF): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = encoded.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A hash no password matches, computed once: checking an unknown username
 * against it costs as much as a real check, so timing does not reveal which
 * usernames exist.
 */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(32).toString('base64'));
  return decoy;
}
