// Opens the workspace database encrypted at rest (SQLite3 Multiple Ciphers) in
// WAL mode. The cipher is AES-256 in the SQLCipher 4 scheme (AES-256-CBC with
// HMAC-SHA512 per page): approved algorithms, as the DARTTS assessment asks.
// Workspaces created before (ChaCha20-Poly1305) are re-keyed to it in place on
// their first writable open. The key is 32 random bytes held by
// the caller: wrapped by the OS keystore in the app, explicit in tests and CLI.
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import { RidgelineError } from '../errors';
import { migrate } from './migrate';

export type Db = Database.Database;

export const KEY_BYTES = 32;

export interface OpenOptions {
  /** Raw database key (32 bytes). */
  key: Uint8Array;
  /** Create the file when missing (default: false: a missing file is an error). */
  create?: boolean;
  readonly?: boolean;
}

function assertKey(key: Uint8Array): string {
  if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) {
    throw new RidgelineError('wrong-key', `A database key is ${KEY_BYTES} bytes`);
  }
  return Buffer.from(key).toString('hex');
}

export type CipherScheme = 'aes256' | 'chacha20';

/** The default for new workspaces and the target of the re-key. */
export const DEFAULT_CIPHER: CipherScheme = 'aes256';

function selectCipher(db: Db, scheme: CipherScheme): void {
  if (scheme === 'aes256') {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
  } else db.pragma(`cipher='chacha20'`);
}

/** Keys the connection; true when the first read proves the key (and scheme) right. */
function unlock(db: Db, scheme: CipherScheme, hexKey: string): boolean {
  selectCipher(db, scheme);
  db.pragma(`hexkey='${hexKey}'`);
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch (error) {
    if (/not a database|file is encrypted|SQLITE_NOTADB/i.test((error as Error).message)) return false;
    throw error;
  }
}

/**
 * Re-encrypts every page with AES-256 under the same key. SQLite3 Multiple
 * Ciphers re-keys only outside WAL mode: the WAL is checkpointed into the
 * file first, and the re-key runs as one rollback-journal transaction, so a
 * crash leaves the old or the new database, never a mix.
 */
function rekeyToAes(db: Db, hexKey: string): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  selectCipher(db, 'aes256');
  db.pragma(`hexrekey='${hexKey}'`);
}

/** The scheme a database file is encrypted with under `key`, or null when neither opens it. */
export function cipherOf(file: string, key: Uint8Array): CipherScheme | null {
  const hexKey = assertKey(key);
  for (const scheme of ['aes256', 'chacha20'] as const) {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      if (unlock(db, scheme, hexKey)) return scheme;
    } finally {
      db.close();
    }
  }
  return null;
}

export function openDatabase(file: string, options: OpenOptions): Db {
  const hexKey = assertKey(options.key);
  const exists = fs.existsSync(file);
  if (!exists && !options.create) {
    throw new RidgelineError('not-found', `No workspace database at ${file}`, { file });
  }
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: !options.create });
  } catch (error) {
    throw new RidgelineError('bad-file', `Cannot open ${file}: ${(error as Error).message}`, { file });
  }
  try {
    if (!unlock(db, 'aes256', hexKey)) {
      // A workspace from before AES-256: open it with its ChaCha20 key, then re-key it.
      db.close();
      db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: true });
      if (!unlock(db, 'chacha20', hexKey)) {
        throw new RidgelineError('wrong-key', 'The database key is wrong, or the file is not a Ridgeline workspace', { file });
      }
      if (!options.readonly) rekeyToAes(db, hexKey);
    }
  } catch (error) {
    db.close();
    if (error instanceof RidgelineError) throw error;
    throw new RidgelineError('bad-file', `Cannot read ${file}: ${(error as Error).message}`, { file });
  }
  // Deleted content is overwritten, not just unlinked: the purge after a "no
  // match" relies on it, and every other delete of personal data gets it too.
  db.pragma('secure_delete = ON');
  // Temporary tables and sort spills stay in memory: SQLite's temp files are
  // not encrypted, and personal data must never reach the disk in clear.
  db.pragma('temp_store = MEMORY');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  }
  return db;
}
