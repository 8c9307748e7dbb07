import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { importPacket, type ImportProgress } from '../../../main/core/packets/import';
import { createPacketStore } from '../../../main/core/packets/store';
import { frictionImageRecord, transaction, type2Record } from '../../../main/formats/ansi-nist/builders';
import type { ImageDecoders } from '../../../main/formats/ansi-nist/images';
import { writeTransaction } from '../../../main/formats/ansi-nist/writer';
import { efsRecord } from '../../../main/formats/efs/write-efs';
import { createTestWorkspace } from '../../helpers/workspace';
import { call, createAccountsWorld } from '../accounts/fixtures';

const header = { typeOfTransaction: 'PXEQ', date: '20261123', destinationAgency: 'DEST00001', originatingAgency: 'PARTNERA1', controlNumber: 'TCN-42' };

// Decoders that must not be reached: the synthetic packets are uncompressed.
const noCodecs: ImageDecoders = {
  wsq: () => Promise.reject(new Error('WSQ not expected')),
  raster: () => Promise.reject(new Error('raster not expected')),
};

function image(idc: number, position: number, compression = 'NONE') {
  const width = 20;
  const height = 10;
  return frictionImageRecord({
    idc, recordType: 14, impression: 1, sourceAgency: 'PARTNERA1', captureDate: '20261120', width, height, ppi: 500,
    compression, positions: [position], data: Uint8Array.from({ length: width * height }, (_, i) => (i * 13 + idc) & 0xff),
  });
}

function packetBytes(): Uint8Array {
  const efs = efsRecord({
    idc: 1, impression: 1, ppi: 500,
    efs: {
      roi: null, fingerPosition: 2, cores: [{ x: 5, y: 5, direction: null }], deltas: [],
      minutiae: [{ x: 10, y: 4, direction: 1, type: 'ending', quality: null }],
      methods: [], comment: null, latentProcessing: [], analysis: null, correspondences: [], determination: null,
    },
  });
  return writeTransaction(transaction(header, [type2Record(0, [{ number: 3, subfields: [['note']] }]), efs, image(1, 2), image(2, 7), image(3, 3, 'XYZ')]));
}

describe('importPacket', () => {
  it('makes a print per decodable image with position, source and the foreign-provided flag', async () => {
    const { ws } = createTestWorkspace();
    ws.partners.add({ id: 'pt_a', name: 'Partner A', country: 'AA' });
    const progress: ImportProgress[] = [];
    let audited = 0;
    const result = await importPacket(
      ws,
      { fileName: 'query.an2', bytes: packetBytes(), partnerId: 'pt_a', caseId: null, foreignProvided: true, receivedBy: null },
      { decoders: noCodecs, onProgress: (p) => progress.push(p), audit: () => audited++ },
    );
    expect(result.prints.map((p) => p.fingerPosition)).toEqual([2, 7]);
    expect(result.prints[0]).toMatchObject({ width: 20, height: 10, ppi: 500, foreignProvided: true, impressionType: 'rolled', source: 'query.an2 record 3 (Type-14)' });
    expect(result.skipped).toEqual([expect.objectContaining({ record: 5, recordType: 14, reason: expect.stringContaining('XYZ') })]);
    expect(result.sender).toBe('PARTNERA1');
    expect(result.annotationCount).toBe(2);
    expect(ws.annotations.ofPrint(result.prints[0]!.id).map((a) => a.kind).sort()).toEqual(['core', 'minutia']);
    expect(audited).toBe(1);

    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ stage: 'done', fraction: 1 });

    const packets = createPacketStore(ws.db);
    expect(packets.get(result.packetId)).toMatchObject({ fileName: 'query.an2', sender: 'PARTNERA1', controlNumber: 'TCN-42', printCount: 2, partnerId: 'pt_a' });
    expect(packets.printIds(result.packetId).sort()).toEqual(result.prints.map((p) => p.id).sort());
    expect(ws.prints.image(result.prints[1]!.id).pixels[0]).toBe(2);
  });

  it('recognises the same bytes imported twice', async () => {
    const { ws } = createTestWorkspace();
    const input = { fileName: 'a.an2', bytes: packetBytes(), partnerId: null, caseId: null, foreignProvided: false, receivedBy: null };
    const first = await importPacket(ws, input, { decoders: noCodecs });
    const second = await importPacket(ws, input, { decoders: noCodecs });
    expect(first.duplicateOf).toEqual([]);
    expect(second.duplicateOf).toEqual([first.packetId]);
  });

  it('writes nothing when the file is corrupt', async () => {
    const { ws } = createTestWorkspace();
    const bytes = packetBytes().subarray(0, 400);
    await expect(importPacket(ws, { fileName: 'bad.an2', bytes, partnerId: null, caseId: null, foreignProvided: false, receivedBy: null }, { decoders: noCodecs })).rejects.toMatchObject({ code: 'bad-file' });
    expect((ws.db.prepare('SELECT count(*) AS n FROM packets').get() as { n: number }).n).toBe(0);
    expect((ws.db.prepare('SELECT count(*) AS n FROM prints').get() as { n: number }).n).toBe(0);
  });

  it('stops when cancelled', async () => {
    const { ws } = createTestWorkspace();
    const controller = new AbortController();
    controller.abort();
    await expect(importPacket(ws, { fileName: 'a.an2', bytes: packetBytes(), partnerId: null, caseId: null, foreignProvided: false, receivedBy: null }, { decoders: noCodecs, signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('packets.import through the API', () => {
  const args = (extra: Record<string, unknown> = {}) => ({ fileName: 'query.an2', content: packetBytes(), ...extra });

  it('imports for an examiner assigned to the partner, audits it, and reports progress', async () => {
    const world = await createAccountsWorld(['examiner']);
    const examiner = await world.signedIn('examiner');
    const result = await call<{ packetId: string; prints: unknown[] }>(examiner, 'packets.import', args({ partnerId: 'pt_a', importId: 'import-0001' }));
    expect(result.prints).toHaveLength(2);
    expect(await call(examiner, 'packets.progress', { importId: 'import-0001' })).toMatchObject({ stage: 'done', fraction: 1 });
    const audit = await world.ws.audit.query({ limit: 50 });
    expect(audit.some((e: { event: string }) => e.event === 'packet.imported')).toBe(true);
  });

  it('refuses a partner outside the examiner scope, a path for a name, and other roles', async () => {
    const world = await createAccountsWorld(['examiner', 'supervisor']);
    const examiner = await world.signedIn('examiner');
    expect(await examiner.invoke('packets.import', args({ partnerId: 'pt_b' }))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await examiner.invoke('packets.import', args({ fileName: '../../etc/passwd' }))).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const supervisor = await world.signedIn('supervisor');
    expect(await supervisor.invoke('packets.import', args())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers a corrupt file with bad-file', async () => {
    const world = await createAccountsWorld(['examiner']);
    const examiner = await world.signedIn('examiner');
    const bad = await examiner.invoke('packets.import', { fileName: 'x.an2', content: new TextEncoder().encode('not a transaction') });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-file' } });
  });
});
