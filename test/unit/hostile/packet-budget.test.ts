// Finding 5: a small packet of WSQ records declaring huge sizes took 1.5 GB of
// memory and 1.9 GB of disk. The budget is checked on record fields and codec
// headers before anything is decoded, and refuses with a typed error.
import { describe, expect, it } from 'vitest';
import { checkPacketBudget, PACKET_BUDGET, PacketBudgetError } from '../../../main/core/packets/budget';
import { decodeTransaction } from '../../../main/core/packets/decode';
import type { RecordImage } from '../../../main/formats/ansi-nist/image-records';
import type { ImageDecoders } from '../../../main/formats/ansi-nist/images';
import { budgetBreakingPacket, liarWsq, smallWsq } from '../../helpers/hostile-files';
import { createTestWorkspace } from '../../helpers/workspace';
import { runIsolated } from './run-isolated';

const image = (over: Partial<RecordImage>): RecordImage => ({
  recordIndex: 1, recordType: 14, idc: 1, positions: [1], impressionType: 1, width: 800, height: 750, ppi: 500, ppiAssumed: false,
  bitsPerPixel: 8, compression: 'wsq', compressionLabel: 'WSQ20', friction: true, data: new Uint8Array(40_000), ...over,
});

function refusal(images: RecordImage[]): PacketBudgetError {
  try {
    checkPacketBudget(images);
  } catch (error) {
    expect(error).toBeInstanceOf(PacketBudgetError);
    return error as PacketBudgetError;
  }
  throw new Error('expected a refusal');
}

describe('packet budget', () => {
  it('accepts a ten-print card with palms', () => {
    const fingers = Array.from({ length: 14 }, (_, i) => image({ recordIndex: i + 1 }));
    const palms = Array.from({ length: 4 }, (_, i) => image({ recordIndex: 20 + i, recordType: 15, width: 2000, height: 2500, data: new Uint8Array(400_000) }));
    expect(checkPacketBudget([...fingers, ...palms]).images).toBe(18);
  });

  it('refuses too many images, an oversized image, too many pixels in all, and an implausible compression ratio', () => {
    expect(refusal(Array.from({ length: PACKET_BUDGET.maxImages + 1 }, () => image({})))).toMatchObject({ code: 'bad-file', limit: 'images' });
    expect(refusal([image({ width: 20000, height: 20000, data: new Uint8Array(3_000_000) })])).toMatchObject({ limit: 'image-pixels', details: { record: 1 } });
    const big = (i: number) => image({ recordIndex: i, width: 7000, height: 7000, data: new Uint8Array(1_000_000) });
    expect(refusal([big(1), big(2), big(3), big(4), big(5)])).toMatchObject({ limit: 'total-pixels', details: { record: 5 } });
    expect(refusal([image({ width: 4000, height: 4000, data: new Uint8Array(3000) })])).toMatchObject({ limit: 'compression-ratio' });
  });

  it('believes the codec header when it claims more than the record', () => {
    const data = liarWsq(8000, 8000);
    expect(refusal([image({ width: 64, height: 64, data })])).toMatchObject({ limit: 'compression-ratio' });
    expect(() => checkPacketBudget([image({ width: 64, height: 64, data: smallWsq() })])).not.toThrow();
  });

  it('intake decoding refuses a budget-breaking packet before decoding anything and writes nothing', async () => {
    const calls: string[] = [];
    const decoders: ImageDecoders = {
      wsq: () => (calls.push('wsq'), { width: 1, height: 1, ppi: 500, pixels: Uint8Array.of(0) }),
      raster: () => (calls.push('raster'), { width: 1, height: 1, ppi: 500, pixels: Uint8Array.of(0) }),
    };
    const { ws } = createTestWorkspace();
    try {
      await expect(decodeTransaction(budgetBreakingPacket(), { decoders })).rejects.toMatchObject({ code: 'bad-file', details: { budget: 'compression-ratio' } });
      expect(calls).toEqual([]);
      expect(ws.db.prepare('SELECT count(*) AS n FROM prints').get()).toEqual({ n: 0 });
    } finally {
      ws.close();
    }
  });

  it('the real decoders never see it: refused within a 256 MB heap', () => {
    expect(runIsolated('budget-packet', 256, 30_000)).toMatchObject({ exitStatus: 0, result: 'refused', code: 'bad-file' });
  });
});
