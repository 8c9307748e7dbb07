// Forensic scan for the purge tests: looks for byte runs of people's prints
// and templates everywhere a workstation could still hold them: every page of
// the database file (btree, overflow AND free pages) and every WAL frame, each
// decrypted here with the workspace key, plus the raw bytes of every file under
// the workspace and the temp folder.
//
// Scanning the encrypted file would prove nothing, and going through SQL
// (VACUUM INTO, a plaintext rekey) rebuilds the database and drops exactly the
// free pages a careless delete leaves behind. So this reads the file page by
// page and decrypts it as SQLite3 Multiple Ciphers' ChaCha20-Poly1305 codec
// writes it (sqleet format): the page key is PBKDF2-HMAC-SHA256(key, salt =
// first 16 bytes of the file, 64007 rounds); each page ends with a 16-byte
// nonce and a Poly1305 tag; a one-time key from ChaCha20(key, nonce, counter =
// nonce[12..16] XOR page number) authenticates the page and its second half
// decrypts it with counter + 1. Every page's tag is verified, so a scan that
// decrypts wrongly fails loudly instead of finding nothing.
import { createCipheriv, createDecipheriv, createHmac, pbkdf2Sync } from 'node:crypto';
import { cipherOf } from '../../main/core/db/open';
import fs from 'node:fs';
import path from 'node:path';

const SALT_BYTES = 16;
const KDF_ROUNDS = 64007;
const NONCE_BYTES = 16;
const TAG_BYTES = 16;
const RESERVED = NONCE_BYTES + TAG_BYTES;
/** Page 1 keeps the salt and the page-size bytes of the header in clear. */
const PAGE1_CLEAR = 24;
const WAL_HEADER = 32;
const WAL_FRAME_HEADER = 24;

function le(bytes: Uint8Array): bigint {
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  return v;
}

// Poly1305 (RFC 8439), written out because Node has no standalone primitive.
function poly1305(message: Uint8Array, key: Uint8Array): Uint8Array {
  const p = (1n << 130n) - 5n;
  const r = le(key.subarray(0, 16)) & 0x0ffffffc0ffffffc0ffffffc0fffffffn;
  const s = le(key.subarray(16, 32));
  let acc = 0n;
  for (let i = 0; i < message.length; i += 16) {
    const chunk = message.subarray(i, Math.min(i + 16, message.length));
    acc = ((acc + le(chunk) + (1n << BigInt(8 * chunk.length))) * r) % p;
  }
  acc = (acc + s) & ((1n << 128n) - 1n);
  const tag = new Uint8Array(16);
  for (let i = 0; i < 16; i++) tag[i] = Number((acc >> BigInt(8 * i)) & 0xffn);
  return tag;
}

function chacha20(key: Uint8Array, nonce12: Uint8Array, counter: number, data: Uint8Array): Uint8Array {
  const iv = Buffer.alloc(16);
  iv.writeUInt32LE(counter >>> 0, 0);
  Buffer.from(nonce12).copy(iv, 4);
  const cipher = createCipheriv('chacha20', key, iv);
  return new Uint8Array(Buffer.concat([cipher.update(data), cipher.final()]));
}

/**
 * The SQLCipher 4 scheme of SQLite3 Multiple Ciphers (the default since the
 * AES-256 switch): a 16-byte salt opens page 1; each page ends in a 16-byte
 * IV and a 64-byte HMAC-SHA512 over ciphertext, IV and page number; the data
 * is AES-256-CBC. Keys: PBKDF2-HMAC-SHA512 (256000 rounds) of the workspace
 * key, and for the HMAC 2 rounds more over the salt XOR 0x3a.
 */
class AesPageDecryptor {
  static readonly RESERVED = 80;
  readonly pageSize = 4096;
  private readonly key: Buffer;
  private readonly hmacKey: Buffer;
  constructor(databaseFile: string, workspaceKey: Uint8Array) {
    const salt = Buffer.alloc(SALT_BYTES);
    const fd = fs.openSync(databaseFile, 'r');
    try {
      fs.readSync(fd, salt, 0, SALT_BYTES, 0);
    } finally {
      fs.closeSync(fd);
    }
    this.key = pbkdf2Sync(workspaceKey, salt, 256000, 32, 'sha512');
    this.hmacKey = pbkdf2Sync(this.key, salt.map((b) => b ^ 0x3a), 2, 32, 'sha512');
  }
  decrypt(page: number, stored: Uint8Array): Uint8Array {
    if (stored.every((b) => b === 0)) return stored;
    const n = this.pageSize - AesPageDecryptor.RESERVED;
    const offset = page === 1 ? SALT_BYTES : 0;
    const iv = stored.subarray(n, n + 16);
    const pageNumber = Buffer.alloc(4);
    pageNumber.writeUInt32LE(page);
    const mac = createHmac('sha512', this.hmacKey).update(stored.subarray(offset, n + 16)).update(pageNumber).digest();
    if (!mac.equals(Buffer.from(stored.subarray(n + 16, n + 80)))) throw new Error(`page ${page}: HMAC does not verify (wrong key or not this codec)`);
    const decipher = createDecipheriv('aes-256-cbc', this.key, iv).setAutoPadding(false);
    const plain = new Uint8Array(stored);
    plain.set(Buffer.concat([decipher.update(stored.subarray(offset, n)), decipher.final()]), offset);
    if (page === 1) plain.set(Buffer.from('SQLite format 3\0', 'latin1'), 0);
    return plain;
  }
}

/** The decryptor for the scheme the file is encrypted with. */
function decryptorFor(databaseFile: string, key: Uint8Array): { pageSize: number; decrypt(page: number, stored: Uint8Array): Uint8Array } {
  return cipherOf(databaseFile, key) === 'aes256' ? new AesPageDecryptor(databaseFile, key) : new PageDecryptor(databaseFile, key);
}

export class PageDecryptor {
  readonly pageSize: number;
  private readonly key: Uint8Array;

  constructor(databaseFile: string, workspaceKey: Uint8Array) {
    const head = Buffer.alloc(PAGE1_CLEAR);
    const fd = fs.openSync(databaseFile, 'r');
    try {
      fs.readSync(fd, head, 0, PAGE1_CLEAR, 0);
    } finally {
      fs.closeSync(fd);
    }
    const size = head.readUInt16BE(16);
    this.pageSize = size === 1 ? 65536 : size;
    if (head[20] !== RESERVED) throw new Error(`expected ${RESERVED} reserved bytes per page, found ${head[20]}`);
    this.key = new Uint8Array(pbkdf2Sync(workspaceKey, head.subarray(0, SALT_BYTES), KDF_ROUNDS, 32, 'sha256'));
  }

  /** The plaintext of page `page` (1-based) as stored; throws if its tag does not verify. */
  decrypt(page: number, stored: Uint8Array): Uint8Array {
    if (stored.every((b) => b === 0)) return stored; // never written
    const n = this.pageSize - RESERVED;
    const nonce = stored.subarray(n, n + 12);
    const counter = (Buffer.from(stored.buffer, stored.byteOffset + n + 12, 4).readUInt32LE(0) ^ page) >>> 0;
    const otk = chacha20(this.key, nonce, counter, new Uint8Array(64));
    const tag = poly1305(stored.subarray(0, n + NONCE_BYTES), otk.subarray(0, 32));
    if (!Buffer.from(tag).equals(Buffer.from(stored.subarray(n + NONCE_BYTES, n + RESERVED)))) {
      throw new Error(`page ${page}: authentication tag does not verify (wrong key or not this codec)`);
    }
    const offset = page === 1 ? PAGE1_CLEAR : 0;
    const plain = new Uint8Array(stored);
    plain.set(chacha20(otk.subarray(32, 64), nonce, counter + 1, stored.subarray(offset, n)), offset);
    if (page === 1) plain.set(Buffer.from('SQLite format 3\0', 'latin1'), 0);
    return plain;
  }
}

export interface DecryptedPage {
  where: string;
  page: number;
  bytes: Uint8Array;
}

/** Every page of the database file, free or not, decrypted. */
export function* databasePages(databaseFile: string, key: Uint8Array): Generator<DecryptedPage> {
  const decryptor = decryptorFor(databaseFile, key);
  const file = fs.readFileSync(databaseFile);
  for (let i = 0; i * decryptor.pageSize < file.length; i++) {
    const stored = new Uint8Array(file.subarray(i * decryptor.pageSize, (i + 1) * decryptor.pageSize));
    yield { where: `${path.basename(databaseFile)} page ${i + 1}`, page: i + 1, bytes: decryptor.decrypt(i + 1, stored) };
  }
}

/** Every frame of the WAL, decrypted (stale frames of earlier checkpoints included). */
export function* walFrames(databaseFile: string, key: Uint8Array): Generator<DecryptedPage> {
  const wal = `${databaseFile}-wal`;
  if (!fs.existsSync(wal)) return;
  const file = fs.readFileSync(wal);
  if (file.length < WAL_HEADER) return;
  const decryptor = decryptorFor(databaseFile, key);
  const pageSize = file.readUInt32BE(8);
  if (pageSize !== decryptor.pageSize) throw new Error(`WAL page size ${pageSize} differs from the database's ${decryptor.pageSize}`);
  for (let at = WAL_HEADER, frame = 1; at + WAL_FRAME_HEADER + pageSize <= file.length; at += WAL_FRAME_HEADER + pageSize, frame++) {
    const page = file.readUInt32BE(at);
    const stored = new Uint8Array(file.subarray(at + WAL_FRAME_HEADER, at + WAL_FRAME_HEADER + pageSize));
    yield { where: `${path.basename(wal)} frame ${frame} (page ${page})`, page, bytes: decryptor.decrypt(page, stored) };
  }
}

export function* filesUnder(dir: string): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // vanished or unreadable (another process's temp folder)
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * Needles from a person's data: byte runs that could only come from it. For
 * images, windows with enough distinct gray levels (flat background would
 * match anything); for other bytes (WSQ streams, templates), plain windows.
 */
export function needlesFrom(bytes: Uint8Array, options: { length?: number; count?: number; minDistinct?: number } = {}): Uint8Array[] {
  const length = options.length ?? 24;
  const count = options.count ?? 48;
  const minDistinct = options.minDistinct ?? 10;
  const needles: Uint8Array[] = [];
  if (bytes.length < length) return [bytes];
  const step = Math.max(1, Math.floor((bytes.length - length) / (count * 4)));
  for (let at = 0; at + length <= bytes.length && needles.length < count; at += step) {
    const window = bytes.subarray(at, at + length);
    if (new Set(window).size >= minDistinct) needles.push(new Uint8Array(window));
  }
  return needles;
}

export interface Hit {
  where: string;
  offset: number;
  needle: number;
}

function search(haystack: Uint8Array, needles: readonly Uint8Array[], where: string, hits: Hit[]) {
  const buffer = Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength);
  needles.forEach((needle, index) => {
    const offset = buffer.indexOf(needle);
    if (offset >= 0) hits.push({ where, offset, needle: index });
  });
}

export interface ScanTargets {
  /** The workspace folder: its database (decrypted page by page), WAL (decrypted) and every other file (raw). */
  workspaceDir: string;
  databaseFile: string;
  key: Uint8Array;
  /** Folders scanned raw (the temp folder). */
  otherDirs?: readonly string[];
  /** Files skipped in the raw walk (e.g. other tests' fixtures are not ours to judge). */
  skip?: (file: string) => boolean;
}

export interface ScanReport {
  hits: Hit[];
  databasePages: number;
  freePages: number;
  walFrames: number;
  filesScanned: number;
}

/** Freelist pages named by the decrypted header: proof the scan covers them. */
function freePageCount(page1: Uint8Array): number {
  return Buffer.from(page1.buffer, page1.byteOffset, page1.byteLength).readUInt32BE(36);
}

export function scanForLeaks(targets: ScanTargets, needles: readonly Uint8Array[]): ScanReport {
  const hits: Hit[] = [];
  let pages = 0;
  let free = 0;
  for (const page of databasePages(targets.databaseFile, targets.key)) {
    if (page.page === 1) free = freePageCount(page.bytes);
    pages++;
    search(page.bytes, needles, page.where, hits);
  }
  let frames = 0;
  for (const frame of walFrames(targets.databaseFile, targets.key)) {
    frames++;
    search(frame.bytes, needles, frame.where, hits);
  }
  let files = 0;
  const seen = new Set<string>();
  for (const dir of [targets.workspaceDir, ...(targets.otherDirs ?? [])]) {
    for (const file of filesUnder(dir)) {
      if (seen.has(file) || targets.skip?.(file)) continue;
      seen.add(file);
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch {
        continue; // removed meanwhile, or another user's
      }
      files++;
      search(bytes, needles, file, hits);
    }
  }
  return { hits, databasePages: pages, freePages: free, walFrames: frames, filesScanned: files };
}
