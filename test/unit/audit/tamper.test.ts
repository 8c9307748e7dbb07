// Every kind of tampering an insider with the database key could try, each
// named by verify() at the first broken entry.
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../main/core/audit/verify';
import { dropGuards, insertRow, rowAt, sealRow, trailWith } from './fixtures';

const verify = (trail: ReturnType<typeof trailWith>) => verifyChain(trail.audit.entries(), trail.audit.head());

describe('audit chain verification', () => {
  it('accepts an untouched chain', () => {
    const trail = trailWith(12);
    expect(verify(trail)).toEqual({ ok: true, entryCount: 12, head: trail.audit.head(), firstBroken: null });
  });

  it('is guarded by triggers against ordinary UPDATE and DELETE', () => {
    const { db } = trailWith(3);
    expect(() => db.prepare("UPDATE audit_log SET outcome = 'denied' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 3').run()).toThrow(/append-only/);
  });

  it('detects an edited field', () => {
    const trail = trailWith(10);
    dropGuards(trail.db);
    trail.db.prepare(`UPDATE audit_log SET details = '{"n":999}' WHERE seq = 6`).run();
    expect(verify(trail).firstBroken).toMatchObject({ seq: 6, problem: 'edited' });
  });

  it('detects an edited release recipient and an edited outcome', () => {
    for (const [column, value] of [['release', '{"date":"2026-11-20","elements":["match"],"recipient":"Partner A"}'], ['outcome', 'denied']] as const) {
      const trail = trailWith(10);
      dropGuards(trail.db);
      trail.db.prepare(`UPDATE audit_log SET ${column} = ? WHERE seq = 3`).run(value);
      expect(verify(trail).firstBroken, column).toMatchObject({ seq: 3, problem: 'edited' });
    }
  });

  it('detects an edited entry that was re-sealed with a fresh hash', () => {
    const trail = trailWith(10);
    dropGuards(trail.db);
    const row = rowAt(trail.db, 4);
    const forged = sealRow({ ...row, username: 'mallory' });
    trail.db.prepare('UPDATE audit_log SET username = ?, hash = ? WHERE seq = 4').run(forged.username, forged.hash);
    expect(verify(trail).firstBroken).toMatchObject({ seq: 4, problem: 'edited' });
  });

  it('detects a deleted entry', () => {
    const trail = trailWith(10);
    dropGuards(trail.db);
    trail.db.prepare('DELETE FROM audit_log WHERE seq = 5').run();
    expect(verify(trail).firstBroken).toMatchObject({ seq: 5, problem: 'deleted' });
  });

  it('detects a deletion hidden by renumbering the later entries', () => {
    const trail = trailWith(10);
    dropGuards(trail.db);
    trail.db.prepare('DELETE FROM audit_log WHERE seq = 5').run();
    trail.db.prepare('UPDATE audit_log SET seq = seq + 999 WHERE seq > 5').run();
    trail.db.prepare('UPDATE audit_log SET seq = seq - 1000 WHERE seq > 1000').run();
    trail.db.prepare('UPDATE audit_head SET seq = 9').run();
    expect(verify(trail).firstBroken).toMatchObject({ seq: 5, problem: 'deleted' });
  });

  it('detects deletion of the newest entries through the anchored head', () => {
    const trail = trailWith(10);
    dropGuards(trail.db);
    trail.db.prepare('DELETE FROM audit_log WHERE seq >= 9').run();
    expect(verify(trail).firstBroken).toMatchObject({ seq: 9, problem: 'deleted', message: expect.stringMatching(/newest/) });
  });

  it('detects an entry appended with a valid hash but past the anchored head', () => {
    const trail = trailWith(10);
    dropGuards(trail.db);
    const last = rowAt(trail.db, 10);
    insertRow(trail.db, sealRow({ ...last, seq: 11, event: 'case.read', details: '{}', prev_hash: last.hash }));
    expect(verify(trail).firstBroken).toMatchObject({ seq: 11, problem: 'inserted' });
  });

  it('detects an entry inserted in the middle (later entries renumbered to make room)', () => {
    const trail = trailWith(10);
    dropGuards(trail.db);
    trail.db.prepare('UPDATE audit_log SET seq = seq + 1001 WHERE seq >= 4').run();
    trail.db.prepare('UPDATE audit_log SET seq = seq - 1000 WHERE seq > 1000').run();
    const previous = rowAt(trail.db, 3);
    insertRow(trail.db, sealRow({ ...previous, seq: 4, event: 'account.unlocked', details: '{"reason":"forged"}', release: null, prev_hash: previous.hash }));
    const last = rowAt(trail.db, 11);
    trail.db.prepare('UPDATE audit_head SET seq = 11, hash = ?').run(last.hash);
    expect(verify(trail).firstBroken).toMatchObject({ seq: 4, problem: 'inserted' });
  });

  it('detects an entry inserted and linked in with re-sealed successors up to a stale head', () => {
    const trail = trailWith(6);
    dropGuards(trail.db);
    const last = rowAt(trail.db, 6);
    insertRow(trail.db, sealRow({ ...last, seq: 7, prev_hash: last.hash }));
    trail.db.prepare('UPDATE audit_head SET seq = 7, hash = ?').run('f'.repeat(64));
    expect(verify(trail).firstBroken).toMatchObject({ seq: 7, problem: 'edited' });
  });

  it('detects two swapped entries', () => {
    const trail = trailWith(10);
    dropGuards(trail.db);
    trail.db.prepare('UPDATE audit_log SET seq = 100 WHERE seq = 3').run();
    trail.db.prepare('UPDATE audit_log SET seq = 3 WHERE seq = 4').run();
    trail.db.prepare('UPDATE audit_log SET seq = 4 WHERE seq = 100').run();
    expect(verify(trail).firstBroken).toMatchObject({ seq: 3, problem: 'reordered', message: expect.stringMatching(/written as entry 4/) });
  });

  it('detects two entries whose contents were swapped in place', () => {
    const trail = trailWith(10);
    dropGuards(trail.db);
    const a = rowAt(trail.db, 7);
    const b = rowAt(trail.db, 8);
    trail.db.prepare('DELETE FROM audit_log WHERE seq IN (7, 8)').run();
    insertRow(trail.db, { ...b, seq: 7 });
    insertRow(trail.db, { ...a, seq: 8 });
    expect(verify(trail).firstBroken).toMatchObject({ seq: 7, problem: 'reordered' });
  });

  it('detects a whole chain rewritten from an entry on when the anchor was left alone', () => {
    const trail = trailWith(5);
    dropGuards(trail.db);
    let prev = rowAt(trail.db, 2).hash;
    for (let seq = 3; seq <= 5; seq++) {
      const forged = sealRow({ ...rowAt(trail.db, seq), details: '{"n":0}', prev_hash: prev });
      trail.db.prepare('UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(forged.details, forged.prev_hash, forged.hash, seq);
      prev = forged.hash;
    }
    expect(verify(trail).firstBroken).toMatchObject({ seq: 5, problem: 'edited', message: expect.stringMatching(/anchored head/) });
  });
});
