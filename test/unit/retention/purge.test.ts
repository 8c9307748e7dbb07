// The purge after a "no match", proven forensically: after purgeQueryPrints no
// byte run of the query images or of their templates is left in any decrypted
// page of the database (free pages included), in any WAL frame, or in any file
// under the workspace or (written during the test) the temp folder. The
// control test shows the scan is able to find them: the same deletes without
// secure_delete and checkpoint leave them in free pages and the WAL, and the
// scan sees them there. Prints carry random noise so no other run's data can
// match.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';

import { verifyChain } from '../../../main/core/audit/verify';
import { RidgelineError } from '../../../main/core/errors';
import { PURGE_CLASSES, purgeQueryPrints, unclassifiedPrintDependents } from '../../../main/core/retention/purge';
import type { Workspace } from '../../../main/core/workspace';
import { generateMasterFinger, renderImpression } from '../../../main/core/synthetic';
import { needlesFrom, scanForLeaks } from '../../helpers/forensic-scan';
import { createTestWorkspace } from '../../helpers/workspace';

const actor = { userId: null, username: 'system', workstation: 'test-ws' };

function noisyPrint(seed: number): { width: number; height: number; ppi: number; pixels: Uint8Array } {
  const { image } = renderImpression(generateMasterFinger({ seed, pattern: 'whorl' }), { seed });
  const noise = randomBytes(image.pixels.length);
  const pixels = image.pixels.map((p, i) => Math.max(0, Math.min(255, p + (noise[i]! % 9) - 4)));
  return { ...image, pixels };
}

function doubleBytes(value: number): Uint8Array {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(value); // SQLite stores REAL values big-endian
  return new Uint8Array(b);
}

interface Scene {
  ws: Workspace;
  dir: string;
  key: Uint8Array;
  caseId: string;
  queryNeedles: Uint8Array[];
  holdingNeedles: Uint8Array[];
  startedAt: number;
}

// A case with two query prints, their matcher minutiae and an examiner's edit,
// a candidate from the holdings; part of it checkpointed into the database
// file, the rest still in the WAL (as in a live workspace).
function scene(): Scene {
  const startedAt = Date.now() - 1000;
  const { ws, dir, key } = createTestWorkspace();
  ws.partners.add({ id: 'pt', name: 'Partner', country: 'PP' });
  const caseId = ws.cases.create({ reference: 'TCN-1', partnerId: 'pt', purposeCode: 'VISA', foreignProvided: true });
  const holding = noisyPrint(7);
  const holdingId = ws.prints.add({
    caseId: null, partnerId: null, role: 'holding', label: 'H-1', fingerPosition: 2, impressionType: 'rolled',
    ...holding, source: 'holdings', foreignProvided: false,
  });
  const queryNeedles: Uint8Array[] = [];
  for (const [i, seed] of [11, 12].entries()) {
    const print = noisyPrint(seed);
    const printId = ws.prints.add({
      caseId, partnerId: 'pt', role: 'query', label: `Q-${i}`, fingerPosition: 2 + i, impressionType: 'plain',
      ...print, source: 'packet', foreignProvided: true,
    });
    queryNeedles.push(...needlesFrom(print.pixels, { count: 32 }));
    for (let m = 0; m < 12; m++) {
      const direction = Math.random() * 2 * Math.PI;
      const id = ws.annotations.add({
        printId, kind: 'minutia', origin: 'matcher', x: 40.25 + m * 7.5, y: 60.75 + m * 5.5, direction,
        minutiaType: 'ending', quality: 80, author: 'matcher',
      });
      queryNeedles.push(doubleBytes(direction));
      if (m === 0) ws.annotations.revise(id, {
        printId, kind: 'minutia', origin: 'examiner', x: 41.125, y: 61.375, direction: direction + 0.01,
        minutiaType: 'bifurcation', quality: 90, author: 'examiner',
      });
    }
    ws.cases.addCandidate(caseId, printId, holdingId, 1, 42.5);
    if (i === 0) ws.db.pragma('wal_checkpoint(TRUNCATE)');
  }
  return { ws, dir, key, caseId, queryNeedles, holdingNeedles: needlesFrom(holding.pixels, { count: 8 }), startedAt };
}

const written = (since: number) => (file: string) => {
  try {
    return fs.statSync(file).mtimeMs < since;
  } catch {
    return true;
  }
};

let open: Workspace[] = [];
afterEach(() => {
  for (const ws of open) ws.close();
  open = [];
});

describe('purgeQueryPrints', () => {
  it('leaves no byte of the query images or templates in decrypted pages, free pages, WAL, workspace or temp files', () => {
    const s = scene();
    open.push(s.ws);
    const result = purgeQueryPrints(s.ws.db, s.ws.audit, { caseId: s.caseId, rule: 'agreement pt v1: delete query prints after no match', actor });
    expect(result.prints).toHaveLength(2);
    expect(result.removed).toMatchObject({ prints: 2, annotations: 26, candidates: 2 });
    expect(result.walTruncated).toBe(true);
    expect(fs.statSync(`${s.ws.file}-wal`).size).toBe(0);

    const tmp = os.tmpdir();
    const skipOld = written(s.startedAt);
    const report = scanForLeaks(
      { workspaceDir: s.dir, databaseFile: s.ws.file, key: s.key, otherDirs: [tmp], skip: (f) => !f.startsWith(s.dir) && skipOld(f) },
      s.queryNeedles,
    );
    expect(report.freePages).toBeGreaterThan(0); // the deleted pages are there, zeroed
    expect(report.hits).toEqual([]);
    // The scan does see what remains: the holding print is still in the pages.
    const holdings = scanForLeaks({ workspaceDir: s.dir, databaseFile: s.ws.file, key: s.key }, s.holdingNeedles);
    expect(holdings.hits.length).toBeGreaterThan(0);
  });

  it('keeps the non-biometric record and audits what, when and by which rule', () => {
    const s = scene();
    open.push(s.ws);
    const result = purgeQueryPrints(s.ws.db, s.ws.audit, { caseId: s.caseId, rule: 'agreement pt v1: delete query prints after no match', actor });
    expect(s.ws.db.prepare('SELECT reference FROM cases WHERE id = ?').get(s.caseId)).toEqual({ reference: 'TCN-1' });
    expect(s.ws.db.prepare("SELECT count(*) AS n FROM prints WHERE role = 'holding'").get()).toEqual({ n: 1 });
    expect(s.ws.db.prepare('SELECT count(*) AS n FROM prints WHERE case_id = ?').get(s.caseId)).toEqual({ n: 0 });
    const record = s.ws.db.prepare('SELECT rule, prints, removed FROM purges WHERE id = ?').get(result.purgeId) as Record<string, string>;
    expect(record.rule).toMatch(/no match/);
    expect(JSON.parse(record.prints!)).toEqual(result.prints);
    expect(JSON.stringify(record)).not.toMatch(/pixels/);
    const entry = s.ws.audit.query({ event: 'case.prints-purged' })[0]!;
    expect(entry.objects).toContain(s.caseId);
    expect(entry.details).toMatchObject({ rule: result.rule, prints: 2, at: result.purgedAt });
    expect(verifyChain(s.ws.audit.entries(), s.ws.audit.head()).ok).toBe(true);
  });

  it('changes nothing when it fails', () => {
    const s = scene();
    open.push(s.ws);
    expect(() => purgeQueryPrints(s.ws.db, s.ws.audit, { caseId: 'c_missing', rule: 'r', actor })).toThrow(RidgelineError);
    expect(() => purgeQueryPrints(s.ws.db, s.ws.audit, { caseId: s.caseId, rule: ' ', actor })).toThrow(RidgelineError);
    expect(s.ws.db.prepare('SELECT count(*) AS n FROM prints WHERE case_id = ?').get(s.caseId)).toEqual({ n: 2 });
  });

  it('control: without secure_delete and checkpoint the scan finds the prints in free pages and the WAL', () => {
    const s = scene();
    open.push(s.ws);
    s.ws.db.pragma('secure_delete = OFF');
    s.ws.db.pragma('defer_foreign_keys = ON');
    s.ws.db.transaction(() => {
      s.ws.db.prepare('DELETE FROM candidates WHERE case_id = ?').run(s.caseId);
      s.ws.db.prepare('DELETE FROM annotations WHERE print_id IN (SELECT id FROM prints WHERE case_id = ?)').run(s.caseId);
      s.ws.db.prepare('DELETE FROM prints WHERE case_id = ?').run(s.caseId);
    })();
    const report = scanForLeaks({ workspaceDir: s.dir, databaseFile: s.ws.file, key: s.key }, s.queryNeedles);
    expect(report.walFrames).toBeGreaterThan(0);
    expect(report.hits.some((h) => h.where.includes('-wal frame'))).toBe(true);
    expect(report.hits.some((h) => /\.db page/.test(h.where))).toBe(true);
    // Checkpointed without secure_delete: the rows' pages become free pages that still hold them.
    s.ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const after = scanForLeaks({ workspaceDir: s.dir, databaseFile: s.ws.file, key: s.key }, s.queryNeedles);
    expect(after.freePages).toBeGreaterThan(0);
    expect(after.hits.filter((h) => /\.db page/.test(h.where)).length).toBeGreaterThan(10);
  });

  it('knows every table that references prints in the current schema', () => {
    const { ws } = createTestWorkspace();
    open.push(ws);
    expect(unclassifiedPrintDependents(ws.db)).toEqual([]);
    expect(PURGE_CLASSES['prints']).toBe('biometric');
    // Every workspace connection zeroes what it deletes and keeps temp data in memory.
    expect(ws.db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(ws.db.pragma('temp_store', { simple: true })).toBe(2);
  });
});
