// The workspace database key: 32 random bytes, wrapped by the OS keystore via
// Electron's asynchronous safeStorage API and kept in userData/keystore.json.
// The plain key exists only in memory. When the OS offers no real keystore we
// refuse to start rather than store a key that anyone with the file can unwrap.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { KEY_BYTES } from '../core/db/open';
import { RidgelineError } from '../core/errors';

export const KEYSTORE_FILE = 'keystore.json';

/** The slice of Electron's safeStorage this module needs (mockable in tests). */
export interface AsyncSafeStorage {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
  getSelectedStorageBackend?(): string;
}

interface KeystoreFile {
  version: 1;
  /** base64 of the safeStorage-wrapped hex key. */
  wrappedKey: string;
}

export interface KeystoreOptions {
  userData: string;
  safeStorage: AsyncSafeStorage;
  /** Linux without a keyring falls back to a hard-coded password; only allowed when explicitly accepted. */
  allowPlainTextBackend?: boolean;
}

async function assertUsable(options: KeystoreOptions): Promise<void> {
  if (!(await options.safeStorage.isAsyncEncryptionAvailable())) {
    throw new RidgelineError('unsupported', 'The operating system keystore is not available, so the workspace key cannot be protected');
  }
  if (options.safeStorage.getSelectedStorageBackend?.() === 'basic_text' && !options.allowPlainTextBackend) {
    throw new RidgelineError(
      'unsupported',
      'No OS keyring (GNOME Keyring or KWallet) is running: the workspace key would only be obfuscated. Start a keyring, or set RIDGELINE_ALLOW_BASIC_KEYSTORE=1 to accept the risk.',
    );
  }
}

async function wrap(options: KeystoreOptions, key: Uint8Array, file: string): Promise<void> {
  const wrapped = await options.safeStorage.encryptStringAsync(Buffer.from(key).toString('hex'));
  const content: KeystoreFile = { version: 1, wrappedKey: wrapped.toString('base64') };
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(content), { mode: 0o600 });
  fs.renameSync(temp, file);
}

/** Returns the database key, creating and wrapping a new one on first start. */
export async function loadOrCreateDatabaseKey(options: KeystoreOptions): Promise<{ key: Uint8Array; created: boolean }> {
  await assertUsable(options);
  const file = path.join(options.userData, KEYSTORE_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(options.userData, { recursive: true, mode: 0o700 });
    const key = new Uint8Array(randomBytes(KEY_BYTES));
    await wrap(options, key, file);
    return { key, created: true };
  }
  let parsed: KeystoreFile;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as KeystoreFile;
    if (parsed.version !== 1 || typeof parsed.wrappedKey !== 'string') throw new Error('unknown layout');
  } catch (error) {
    throw new RidgelineError('bad-file', `The keystore file ${file} is unreadable: ${(error as Error).message}`, { file });
  }
  let unwrapped: { shouldReEncrypt: boolean; result: string };
  try {
    unwrapped = await options.safeStorage.decryptStringAsync(Buffer.from(parsed.wrappedKey, 'base64'));
  } catch {
    throw new RidgelineError('wrong-key', 'The OS keystore could not unwrap the workspace key (another user or machine?)', { file });
  }
  if (!/^[0-9a-f]{64}$/.test(unwrapped.result)) {
    throw new RidgelineError('wrong-key', 'The unwrapped workspace key is malformed', { file });
  }
  const key = new Uint8Array(Buffer.from(unwrapped.result, 'hex'));
  // The keystore rotated its own key: re-wrap so the file keeps working after the old key is gone.
  if (unwrapped.shouldReEncrypt) await wrap(options, key, file);
  return { key, created: false };
}
