import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/core/db/open';
import { RidgelineError } from '../../../main/core/errors';
import { openWorkspace } from '../../../main/core/workspace';
import { createTestWorkspace, tempDir, testKey } from '../../helpers/workspace';

describe('encrypted workspace database', () => {
  it('stores nothing in plaintext on disk', () => {
    const { ws, dir } = createTestWorkspace();
    const secretName = 'ZEBRA-PARTNER-AGENCY-7731';
    const secretRef = 'CASEREF-QUOKKA-55120';
    ws.partners.add({ id: 'pt_secret', name: secretName, country: 'XQ' });
    const caseId = ws.cases.create({ reference: secretRef, partnerId: 'pt_secret', purposeCode: 'IMMIGRATION-BENEFIT', foreignProvided: true });
    const pixels = new Uint8Array(64 * 64).fill(0x5a);
    ws.prints.add({
      caseId, partnerId: 'pt_secret', role: 'query', label: 'PLAINTEXT-LABEL-QQ', fingerPosition: 2, impressionType: 'plain',
      width: 64, height: 64, ppi: 500, pixels, source: 'SOURCE-MARKER-XYZZY', foreignProvided: true,
    });
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    ws.close();
    for (const file of fs.readdirSync(dir)) {
      const bytes = fs.readFileSync(path.join(dir, file));
      for (const needle of [secretName, secretRef, 'PLAINTEXT-LABEL-QQ', 'SOURCE-MARKER-XYZZY', 'IMMIGRATION-BENEFIT', 'CREATE TABLE', 'SQLite format 3']) {
        expect(bytes.includes(Buffer.from(needle)), `${needle} in ${file}`).toBe(false);
      }
      // A long run of the pixel value would betray unencrypted image data.
      expect(bytes.includes(Buffer.alloc(256, 0x5a)), `pixels in ${file}`).toBe(false);
    }
  });

  it('refuses a wrong key with a typed error and leaves the file intact', () => {
    const { ws, dir } = createTestWorkspace();
    ws.partners.add({ id: 'pt_a', name: 'A', country: 'AA' });
    ws.close();
    const before = fs.readFileSync(path.join(dir, 'ridgeline.db'));
    expect(() => openWorkspace({ dir, key: testKey() })).toThrowError(expect.objectContaining({ code: 'wrong-key' }));
    expect(fs.readFileSync(path.join(dir, 'ridgeline.db')).equals(before)).toBe(true);
  });

  it('refuses keys of the wrong length and missing files', () => {
    const dir = tempDir();
    expect(() => openDatabase(path.join(dir, 'x.db'), { key: new Uint8Array(16), create: true })).toThrow(RidgelineError);
    expect(() => openDatabase(path.join(dir, 'missing.db'), { key: testKey() })).toThrowError(expect.objectContaining({ code: 'not-found' }));
  });

  it('rejects a file that is not a database', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'ridgeline.db'), 'not a database at all, just some text'.repeat(200));
    expect(() => openWorkspace({ dir, key: testKey() })).toThrowError(expect.objectContaining({ code: 'wrong-key' }));
  });

  it('runs in WAL mode', () => {
    const { ws } = createTestWorkspace();
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    ws.close();
  });
});
