// Opens the workspace database encrypted at rest (SQLite3 Multiple Ciphers,
// ChaCha20-Poly1305 by default) in WAL mode. The key is 32 random bytes held by
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
    db.pragma(`cipher='chacha20'`);
    db.pragma(`hexkey='${hexKey}'`);
    // The first read proves the key: a wrong key makes the header undecryptable.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    const message = (error as Error).message;
    if (/not a database|file is encrypted|SQLITE_NOTADB/i.test(message)) {
      throw new RidgelineError('wrong-key', 'The database key is wrong, or the file is not a Ridgeline workspace', { file });
    }
    throw new RidgelineError('bad-file', `Cannot read ${file}: ${message}`, { file });
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
