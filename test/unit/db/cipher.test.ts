// Finding 11: workspaces are encrypted with AES-256 (the SQLCipher 4 scheme of
// SQLite3 Multiple Ciphers), and a workspace from before, encrypted with
// ChaCha20-Poly1305, is re-keyed in place on its first open without loss.
import Database from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../main/core/audit/verify';
import { cipherOf } from '../../../main/core/db/open';
import { DATABASE_FILE, openWorkspace } from '../../../main/core/workspace';
import { createTestWorkspace } from '../../helpers/workspace';

/** Re-encrypts a closed workspace database with ChaCha20, as every workspace was before the switch. */
function downgradeToChaCha(file: string, key: Uint8Array): void {
  const hex = Buffer.from(key).toString('hex');
  const db = new Database(file);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`hexkey='${hex}'`);
  db.pragma('journal_mode = DELETE');
  db.pragma(`cipher='chacha20'`);
  db.pragma(`hexrekey='${hex}'`);
  db.close();
}

describe('workspace cipher', () => {
  it('creates new workspaces with AES-256', () => {
    const { ws, dir, key } = createTestWorkspace();
    ws.close();
    expect(cipherOf(path.join(dir, DATABASE_FILE), key)).toBe('aes256');
  });

  it('re-keys a ChaCha20 workspace to AES-256 in place, keeping every row and the audit chain', () => {
    const { ws, dir, key } = createTestWorkspace();
    ws.partners.add({ id: 'pt_a', name: 'Partner A', country: 'AA' });
    const caseId = ws.cases.create({ reference: 'A-1', partnerId: 'pt_a', purposeCode: 'CRIM', foreignProvided: true });
    const pixels = Uint8Array.from({ length: 64 * 48 }, (_, i) => (i * 7) & 0xff);
    const printId = ws.prints.add({ caseId, partnerId: 'pt_a', role: 'query', label: 'x', fingerPosition: 2, impressionType: 'rolled', width: 64, height: 48, ppi: 500, pixels, source: 't', foreignProvided: true });
    ws.audit.record({ actor: { userId: null, username: 'test', workstation: 'ws' }, event: 'test.entry', outcome: 'success' });
    const head = ws.audit.head();
    ws.close();
    const file = path.join(dir, DATABASE_FILE);
    downgradeToChaCha(file, key);
    expect(cipherOf(file, key)).toBe('chacha20');

    const reopened = openWorkspace({ dir, key, create: false });
    try {
      expect(reopened.prints.image(printId).pixels).toEqual(pixels);
      expect(reopened.audit.head()).toEqual(head);
      expect(verifyChain(reopened.audit.entries(), reopened.audit.head())).toMatchObject({ ok: true });
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(reopened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      reopened.close();
    }
    expect(cipherOf(file, key)).toBe('aes256');
  });

  it('answers a wrong key as wrong-key under either scheme', () => {
    const { ws, dir } = createTestWorkspace();
    ws.close();
    expect(() => openWorkspace({ dir, key: new Uint8Array(32).fill(7), create: false })).toThrow(expect.objectContaining({ code: 'wrong-key' }));
  });
});
