import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../main/core/audit/canonical';
import { GENESIS_HASH, entryHash } from '../../../main/core/audit/entry';
import { exportChain, verifyExport } from '../../../main/core/audit/export';
import { containsHead, verifyChain } from '../../../main/core/audit/verify';
import { createTestWorkspace } from '../../helpers/workspace';
import { actor, trailWith } from './fixtures';

describe('recording', () => {
  it('chains each entry to the previous one and moves the anchored head', () => {
    const { audit } = trailWith(3);
    const [first, second, third] = [...audit.entries()];
    expect(first!.prevHash).toBe(GENESIS_HASH);
    expect(second!.prevHash).toBe(first!.hash);
    expect(third!.hash).toBe(entryHash(third!));
    expect(audit.head()).toEqual({ seq: 3, hash: third!.hash });
  });

  it('commits an entry with the change it records, and rolls it back with it', () => {
    const { ws } = createTestWorkspace();
    ws.partners.add({ id: 'pt_a', name: 'A', country: 'AA' });
    const createCase = (reference: string, fail: boolean) =>
      ws.db.transaction(() => {
        const id = ws.cases.create({ reference, partnerId: 'pt_a', purposeCode: 'P', foreignProvided: false });
        ws.audit.record({ actor, event: 'case.created', outcome: 'success', objects: [`case:${id}`] });
        if (fail) throw new Error('later step failed');
        return id;
      })();
    const kept = createCase('R-1', false);
    expect(() => createCase('R-2', true)).toThrow('later step failed');
    expect(ws.cases.list(['pt_a']).map((c) => c.reference)).toEqual(['R-1']);
    expect([...ws.audit.entries()].map((e) => e.objects)).toEqual([[`case:${kept}`]]);
    expect(ws.audit.head().seq).toBe(1);
    expect(verifyChain(ws.audit.entries(), ws.audit.head()).ok).toBe(true);
  });

  it('records the elements, date and recipient of a release', () => {
    const { audit } = trailWith(3);
    expect([...audit.entries()][2]!.release).toEqual({ recipient: 'Partner A', elements: ['match', 'fingerprint-class'], date: '2026-11-20' });
    expect(() => audit.record({ actor, event: 'release.sent', outcome: 'success', release: { recipient: ' ', elements: ['x'], date: 'd' } })).toThrowError(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });

  it('refuses malformed event names and non-JSON details with typed errors', () => {
    const { audit } = trailWith(0);
    expect(() => audit.record({ actor, event: 'Bad Event', outcome: 'success' })).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => audit.record({ actor, event: 'case.read', outcome: 'success', details: { n: Number.NaN } })).toThrowError(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
    expect(audit.head().seq).toBe(0);
  });

  it('serialises canonically: key order does not matter, values do', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 1, y: 2 } })).toBe('{"a":[true,null,"x"],"b":1,"c":{"y":2,"z":1}}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });
});

describe('query', () => {
  it('filters by user, event (prefix), object, outcome and date range, newest first', () => {
    const { audit } = trailWith(12);
    expect(audit.query({ user: 'bob' }).every((e) => e.username === 'bob')).toBe(true);
    expect(audit.query({ user: 'u_2' })).toHaveLength(6);
    expect(audit.query({ event: 'release' }).map((e) => e.seq)).toEqual([12, 9, 6, 3]);
    expect(audit.query({ event: 'release.sent' })).toHaveLength(4);
    expect(audit.query({ event: 'releas' })).toHaveLength(0);
    expect(audit.query({ object: 'case:c_7' }).map((e) => e.seq)).toEqual([7]);
    expect(audit.query({ object: 'c_1' }).map((e) => e.seq)).toEqual([12, 11, 10, 1]);
    // Entries are one hour apart from 09:00 on 2026-11-20.
    expect(audit.query({ from: '2026-11-20T12:00:00Z', to: '2026-11-20T15:00:00Z' }).map((e) => e.seq)).toEqual([6, 5, 4]);
    expect(audit.query({ from: '2026-11-21' }).map((e) => e.seq)).toEqual([]);
    expect(audit.query({ limit: 2 }).map((e) => e.seq)).toEqual([12, 11]);
    expect(audit.query({ limit: 2, beforeSeq: 11 }).map((e) => e.seq)).toEqual([10, 9]);
    expect(() => audit.query({ from: '2026-13-45' })).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

describe('export for a compliance review', () => {
  for (const format of ['jsonl', 'csv'] as const) {
    it(`exports ${format} with the chain head, and the export verifies on its own`, () => {
      const { audit } = trailWith(9);
      audit.record({ actor, event: 'case.note', outcome: 'error', details: { text: 'comma, "quote"\nnewline' } });
      const exported = exportChain([...audit.entries()], audit.head(), format, { exportedAt: new Date('2026-11-23T10:00:00Z'), workstation: 'ws-1' });
      expect(exported.entryCount).toBe(10);
      const checked = verifyExport(exported.content);
      expect(checked).toMatchObject({ ok: true, entryCount: 10, head: audit.head(), firstBroken: null });
      expect(checked.header).toMatchObject({ workstation: 'ws-1', exportedAt: '2026-11-23T10:00:00.000Z' });
    });

    it(`detects an edited ${format} export`, () => {
      const { audit } = trailWith(6);
      const { content } = exportChain([...audit.entries()], audit.head(), format, { exportedAt: new Date(), workstation: 'ws-1' });
      const field = format === 'csv' ? '""n"":4' : '"n":4';
      expect(content.includes(field)).toBe(true);
      expect(verifyExport(content.replace(field, field.replace('4', '5'))).firstBroken).toMatchObject({ seq: 4, problem: 'edited' });
      const lines = content.trimEnd().split('\n');
      expect(verifyExport(`${lines.slice(0, -1).join('\n')}\n`).firstBroken).toMatchObject({ seq: 6, problem: 'deleted' });
    });
  }

  it('rejects a file that is not an export with a typed error', () => {
    expect(() => verifyExport('hello\nworld\n')).toThrowError(expect.objectContaining({ code: 'bad-file' }));
  });

  it('checks that the chain still holds a head recorded earlier', () => {
    const { audit } = trailWith(4);
    const earlier = audit.head();
    audit.record({ actor, event: 'case.read', outcome: 'success' });
    expect(containsHead(audit.entries(), earlier)).toBe(true);
    expect(containsHead(audit.entries(), { seq: 4, hash: 'f'.repeat(64) })).toBe(false);
  });
});
