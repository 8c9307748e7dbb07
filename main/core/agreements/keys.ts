// OpenPGP keys of the exchange (openpgp.js; no hand-written crypto): reading and
// checking a partner's public key, and the workstation's own key pair, whose
// private key is stored OpenPGP-encrypted under a passphrase derived from the
// database key (never plaintext, on disk or in the database).
import type { Key, PrivateKey } from 'openpgp';
import { hkdfSync } from 'node:crypto';
import type { Db } from '../db/open';
import { RidgelineError } from '../errors';
import { nowUtc } from '../ids';
import { pgp } from './pgp';

/** Largest armored public key we accept: a few RSA-4096 subkeys with signatures fit well under it. */
export const MAX_ARMORED_KEY = 64 * 1024;

export interface PartnerKeyInfo {
  armored: string;
  /** Primary key fingerprint, upper-case hex. */
  fingerprint: string;
  /** Every key id of the key (primary and subkeys), upper-case hex: a signature names one of them. */
  keyIds: string[];
  userIds: string[];
}

const hex = (s: string) => s.toUpperCase();

/** Reads a partner's armored public key and checks it can verify signatures. Never accepts a private key. */
export async function readPartnerPublicKey(armored: string): Promise<PartnerKeyInfo> {
  if (armored.length > MAX_ARMORED_KEY) throw new RidgelineError('invalid-argument', 'The public key is larger than any OpenPGP public key we accept');
  if (/-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(armored)) {
    throw new RidgelineError('invalid-argument', "That is a private key. Ask the partner for their public key only; never store a partner's private key.");
  }
  const openpgp = await pgp();
  let key: Key;
  try {
    key = await openpgp.readKey({ armoredKey: armored });
  } catch (error) {
    throw new RidgelineError('invalid-argument', `Not a readable OpenPGP public key: ${(error as Error).message}`);
  }
  if (key.isPrivate()) throw new RidgelineError('invalid-argument', "That is a private key; only the partner's public key belongs in an agreement");
  try {
    await key.getSigningKey();
  } catch (error) {
    throw new RidgelineError('invalid-argument', `The key cannot verify signatures (expired, revoked or no signing key): ${(error as Error).message}`);
  }
  return {
    armored: key.armor(),
    fingerprint: hex(key.getFingerprint()),
    keyIds: key.getKeyIDs().map((id) => hex(id.toHex())),
    userIds: key.getUserIDs(),
  };
}

/** The passphrase of the workstation's private key, derived from the database key (HKDF-SHA-256). */
export function deriveKeyPassphrase(databaseKey: Uint8Array): string {
  return Buffer.from(hkdfSync('sha256', databaseKey, Buffer.from('ridgeline workspace'), Buffer.from('workstation openpgp private key'), 32)).toString('hex');
}

export interface WorkstationPublicKey {
  fingerprint: string;
  publicKey: string;
  keyIds: string[];
  createdAt: string;
}

interface KeyRow {
  fingerprint: string;
  public_key: string;
  encrypted_private_key: string;
  created_at: string;
}

export function createWorkstationKeys(db: Db, passphrase: string) {
  const active = db.prepare('SELECT fingerprint, public_key, encrypted_private_key, created_at FROM workstation_keys WHERE retired_at IS NULL');
  const insert = db.prepare('INSERT INTO workstation_keys (fingerprint, public_key, encrypted_private_key, created_at) VALUES (?, ?, ?, ?)');
  let pending: Promise<KeyRow> | null = null;

  async function ensureRow(): Promise<KeyRow> {
    const row = active.get() as KeyRow | undefined;
    if (row) return row;
    // Concurrent first uses share one generation.
    pending ??= (async () => {
      const openpgp = await pgp();
      const { privateKey, publicKey } = await openpgp.generateKey({
        type: 'ecc',
        curve: 'curve25519Legacy',
        userIDs: [{ name: 'Ridgeline workstation' }],
        passphrase,
        format: 'armored',
      });
      const key = await openpgp.readKey({ armoredKey: publicKey });
      const fingerprint = hex(key.getFingerprint());
      const existing = active.get() as KeyRow | undefined;
      if (existing) return existing;
      insert.run(fingerprint, publicKey, privateKey, nowUtc());
      return active.get() as KeyRow;
    })().finally(() => {
      pending = null;
    });
    return pending;
  }

  return {
    /** The workstation's public key (generated on first use): partners encrypt queries to it. */
    async publicKey(): Promise<WorkstationPublicKey> {
      const row = await ensureRow();
      const openpgp = await pgp();
      const key = await openpgp.readKey({ armoredKey: row.public_key });
      return { fingerprint: row.fingerprint, publicKey: row.public_key, keyIds: key.getKeyIDs().map((id) => hex(id.toHex())), createdAt: row.created_at };
    },
    /** The unlocked private key, for decrypting packets and signing responses; held in memory only. */
    async privateKey(): Promise<PrivateKey> {
      const row = await ensureRow();
      const openpgp = await pgp();
      const locked = await openpgp.readPrivateKey({ armoredKey: row.encrypted_private_key });
      try {
        return await openpgp.decryptKey({ privateKey: locked, passphrase });
      } catch {
        throw new RidgelineError('wrong-key', "The workstation's private key cannot be unlocked with this workspace's key");
      }
    },
  };
}
export type WorkstationKeys = ReturnType<typeof createWorkstationKeys>;
