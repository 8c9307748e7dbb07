// Finding 8 (part): duplicateOf named another partner's packet with the same
// bytes, telling one partner's examiner what another partner sent.
import { describe, expect, it } from 'vitest';
import { importPacket } from '../../../main/core/packets/import';
import { frictionImageRecord, transaction } from '../../../main/formats/ansi-nist/builders';
import type { ImageDecoders } from '../../../main/formats/ansi-nist/images';
import { writeTransaction } from '../../../main/formats/ansi-nist/writer';
import { createTestWorkspace } from '../../helpers/workspace';

const noCodecs: ImageDecoders = { wsq: () => Promise.reject(new Error('no')), raster: () => Promise.reject(new Error('no')) };
const header = { typeOfTransaction: 'PXEQ', date: '20261123', destinationAgency: 'DEST00001', originatingAgency: 'PARTNERA1', controlNumber: 'TCN-7' };
const bytes = writeTransaction(
  transaction(header, [
    frictionImageRecord({ idc: 1, recordType: 14, impression: 1, sourceAgency: 'P', captureDate: '20261120', width: 8, height: 4, ppi: 500, compression: 'NONE', positions: [2], data: new Uint8Array(32).fill(9) }),
  ]),
);

describe('packet duplicates stay within the partner', () => {
  it('names an earlier packet of the same partner, never another partner’s', async () => {
    const { ws } = createTestWorkspace();
    ws.partners.add({ id: 'pt_a', name: 'Partner A', country: 'AA' });
    ws.partners.add({ id: 'pt_b', name: 'Partner B', country: 'BB' });
    const input = (partnerId: string) => ({ fileName: 'q.an2', bytes, partnerId, caseId: null, foreignProvided: true, receivedBy: null });
    const fromA = await importPacket(ws, input('pt_a'), { decoders: noCodecs });
    const fromB = await importPacket(ws, input('pt_b'), { decoders: noCodecs });
    const againA = await importPacket(ws, input('pt_a'), { decoders: noCodecs });
    expect(fromB.duplicateOf).toEqual([]);
    expect(againA.duplicateOf).toEqual([fromA.packetId]);
    ws.close();
  });
});
