// Large packets for the responsiveness tests: a full ten-print card (10
// rolled prints, 2 four-finger slaps, 2 thumb slaps) as WSQ, then more finger
// records. `largestPacketWithinBudget()` fills the import budget exactly: as
// many images as it allows, together declaring as many pixels as it allows.
// Every image is a synthetic ridge pattern (no person's finger).
import { PACKET_BUDGET } from '../../main/core/packets/budget';
import { PURPOSE_CODE_FIELD } from '../../main/core/agreements/catalogue';
import { frictionImageRecord, transaction, type2Record } from '../../main/formats/ansi-nist/builders';
import type { AnRecord } from '../../main/formats/ansi-nist/model';
import { writeTransaction } from '../../main/formats/ansi-nist/writer';
import { encodeWsq } from '../native/wsq-encoder';

export interface LargePacketShape {
  /** Extra plain finger records (WSQ) after the ten-print card. */
  extraWsq: number;
  /** Size of each extra WSQ record (500 x 500 when not given). */
  extraSize?: { width: number; height: number };
  /** Uncompressed 1000 ppi finger images (1600 x 1500). */
  uncompressed: number;
}

/** The ten-print card's images: 10 rolled 800 x 750, 2 slaps 1600 x 1000, 2 thumbs 500 x 1000. */
const CARD_IMAGES = 14;
const CARD_PIXELS = 10 * 800 * 750 + 2 * 1600 * 1000 + 2 * 500 * 1000;

/** The card, then square WSQ records filling the budget's image count and total pixels. */
export function largestShapeWithinBudget(budget = PACKET_BUDGET): LargePacketShape {
  const extraWsq = budget.maxImages - CARD_IMAGES;
  const side = Math.floor(Math.sqrt((budget.maxTotalPixels - CARD_PIXELS) / extraWsq));
  return { extraWsq, extraSize: { width: side, height: side }, uncompressed: 0 };
}

function ridges(width: number, height: number, seed: number): Uint8Array {
  const pixels = new Uint8Array(width * height);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const r = Math.hypot(x - cx, (y - cy) * 1.3) + 5 * Math.sin((x + seed) / 41) + 3 * Math.cos(y / 23);
      pixels[y * width + x] = Math.round(128 + 100 * Math.cos((2 * Math.PI * r) / 9));
    }
  }
  return pixels;
}

/** Each packet its own TCN: intake refuses a partner's TCN it has taken in before (a retry is a new packet). */
let packets = 0;

export function largePacket(shape: LargePacketShape): { bytes: Uint8Array; images: number; pixels: number } {
  const header = { typeOfTransaction: 'CAR', date: '20261127', destinationAgency: 'DEST00001', originatingAgency: 'PARTNERA1', controlNumber: `TCN-LARGE-${++packets}` };
  // One WSQ stream per size, reused: every record is still parsed and decoded on its own.
  const wsqOf = new Map<string, Uint8Array>();
  const wsq = (width: number, height: number) => {
    const key = `${width}x${height}`;
    let data = wsqOf.get(key);
    if (!data) {
      data = encodeWsq(width, height, ridges(width, height, width), { step: 2, ppi: 500 });
      wsqOf.set(key, data);
    }
    return data;
  };
  // A query as intake takes it: the Type-2 names the purpose (field 2.950).
  const records: AnRecord[] = [type2Record(0, [{ number: PURPOSE_CODE_FIELD, subfields: [['CRIM-INV']] }])];
  let idc = 1;
  let pixels = 0;
  const add = (width: number, height: number, ppi: number, impression: number, position: number, compression: 'WSQ20' | 'NONE') => {
    pixels += width * height;
    records.push(
      frictionImageRecord({
        idc: idc++, recordType: 14, impression, sourceAgency: 'PARTNERA1', captureDate: '20261127', width, height, ppi, compression,
        positions: [position], data: compression === 'NONE' ? ridges(width, height, idc) : wsq(width, height),
      }),
    );
  };
  for (let finger = 1; finger <= 10; finger++) add(800, 750, 500, 1, finger, 'WSQ20');
  add(1600, 1000, 500, 0, 13, 'WSQ20');
  add(1600, 1000, 500, 0, 14, 'WSQ20');
  add(500, 1000, 500, 0, 11, 'WSQ20');
  add(500, 1000, 500, 0, 12, 'WSQ20');
  const extra = shape.extraSize ?? { width: 500, height: 500 };
  for (let i = 0; i < shape.extraWsq; i++) add(extra.width, extra.height, 500, 0, (i % 10) + 1, 'WSQ20');
  for (let i = 0; i < shape.uncompressed; i++) add(1600, 1500, 1000, 0, (i % 10) + 1, 'NONE');
  return { bytes: writeTransaction(transaction(header, records)), images: records.length - 1, pixels };
}
