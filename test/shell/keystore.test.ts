import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEYSTORE_FILE, loadOrCreateDatabaseKey, type AsyncSafeStorage } from '../../main/electron/keystore';

vi.mock('electron', () => ({}));

/** A stand-in keystore: "wraps" by XOR with a per-instance secret, so a different instance cannot unwrap. */
function fakeSafeStorage(options: { available?: boolean; backend?: string; rotate?: boolean } = {}): AsyncSafeStorage & { encryptions: number } {
  const secret = Math.floor(Math.random() * 200) + 20;
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ secret));
  const store = {
    encryptions: 0,
    isAsyncEncryptionAvailable: async () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptStringAsync: async (plain: string) => {
      store.encryptions++;
      return Buffer.concat([Buffer.from('W1'), xor(Buffer.from(plain))]);
    },
    decryptStringAsync: async (wrapped: Buffer) => {
      if (wrapped.subarray(0, 2).toString() !== 'W1') throw new Error('bad');
      return { shouldReEncrypt: options.rotate ?? false, result: xor(wrapped.subarray(2)).toString() };
    },
  };
  return store;
}

const dirs: string[] = [];
const userData = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ridgeline-userdata-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('database key keystore', () => {
  it('creates a 32-byte key on first start and stores it only wrapped', async () => {
    const dir = userData();
    const safeStorage = fakeSafeStorage();
    const first = await loadOrCreateDatabaseKey({ userData: dir, safeStorage });
    expect(first.created).toBe(true);
    expect(first.key).toHaveLength(32);
    const file = fs.readFileSync(path.join(dir, KEYSTORE_FILE), 'utf8');
    expect(file).not.toContain(Buffer.from(first.key).toString('hex'));
    expect(file).not.toContain(Buffer.from(first.key).toString('base64'));
    expect(fs.statSync(path.join(dir, KEYSTORE_FILE)).mode & 0o077).toBe(0);

    const again = await loadOrCreateDatabaseKey({ userData: dir, safeStorage });
    expect(again.created).toBe(false);
    expect(Buffer.from(again.key).equals(Buffer.from(first.key))).toBe(true);
  });

  it('refuses when the OS keystore is unavailable', async () => {
    await expect(loadOrCreateDatabaseKey({ userData: userData(), safeStorage: fakeSafeStorage({ available: false }) })).rejects.toMatchObject({
      code: 'unsupported',
    });
  });

  it('refuses the Linux plain-text fallback unless explicitly accepted', async () => {
    const dir = userData();
    await expect(loadOrCreateDatabaseKey({ userData: dir, safeStorage: fakeSafeStorage({ backend: 'basic_text' }) })).rejects.toMatchObject({
      code: 'unsupported',
    });
    expect(fs.existsSync(path.join(dir, KEYSTORE_FILE))).toBe(false);
    const accepted = await loadOrCreateDatabaseKey({ userData: dir, safeStorage: fakeSafeStorage({ backend: 'basic_text' }), allowPlainTextBackend: true });
    expect(accepted.key).toHaveLength(32);
  });

  it('answers wrong-key when another keystore cannot unwrap it', async () => {
    const dir = userData();
    await loadOrCreateDatabaseKey({ userData: dir, safeStorage: fakeSafeStorage() });
    const other: AsyncSafeStorage = { ...fakeSafeStorage(), decryptStringAsync: async () => Promise.reject(new Error('no')) };
    await expect(loadOrCreateDatabaseKey({ userData: dir, safeStorage: other })).rejects.toMatchObject({ code: 'wrong-key' });
  });

  it('answers bad-file for a damaged keystore file', async () => {
    const dir = userData();
    fs.writeFileSync(path.join(dir, KEYSTORE_FILE), '{"version":');
    await expect(loadOrCreateDatabaseKey({ userData: dir, safeStorage: fakeSafeStorage() })).rejects.toMatchObject({ code: 'bad-file' });
  });

  it('re-wraps the key when the OS keystore rotated its own key', async () => {
    const dir = userData();
    const safeStorage = fakeSafeStorage({ rotate: true });
    const first = await loadOrCreateDatabaseKey({ userData: dir, safeStorage });
    const again = await loadOrCreateDatabaseKey({ userData: dir, safeStorage });
    expect(Buffer.from(again.key).equals(Buffer.from(first.key))).toBe(true);
    expect(safeStorage.encryptions).toBe(2);
  });
});
