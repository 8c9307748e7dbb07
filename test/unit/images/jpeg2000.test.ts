import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';

import { RidgelineError } from '../../../main/core/errors';
import { decodeJpeg2000, loadJpeg2000 } from '../../../main/formats/images/jpeg2000';
import { gradient } from './fixtures';

interface Encoder {
  getDecodedBuffer(frame: object): Uint8Array;
  setDecompositions(levels: number): void;
  encode(): void;
  getEncodedBuffer(): Uint8Array;
}

// Lossless codestreams from OpenJPEG's own encoder (the full build ships it).
async function encodeLossless(width: number, height: number, pixels: Uint8Array): Promise<Uint8Array> {
  const require = createRequire(import.meta.url);
  const factory = require('@cornerstonejs/codec-openjpeg/wasmjs') as (o: object) => Promise<{ J2KEncoder: new () => Encoder }>;
  const lib = await factory({ print: () => undefined, printErr: () => undefined });
  const encoder = new lib.J2KEncoder();
  encoder.getDecodedBuffer({ width, height, bitsPerSample: 8, componentCount: 1, isSigned: false }).set(pixels);
  encoder.setDecompositions(3);
  encoder.encode();
  return encoder.getEncodedBuffer().slice();
}

function box(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + body.length);
  new DataView(out.buffer).setUint32(0, out.length);
  out.set([...type].map((c) => c.charCodeAt(0)), 4);
  out.set(body, 8);
  return out;
}

// A minimal JP2 file: signature, ftyp, jp2h with a capture resolution, jp2c.
function jp2(codestream: Uint8Array, ppi: number): Uint8Array {
  const perMetre = Math.round(ppi / 0.0254);
  const resc = new Uint8Array(10);
  const v = new DataView(resc.buffer);
  v.setUint16(0, perMetre);
  v.setUint16(2, 1);
  v.setUint16(4, perMetre);
  v.setUint16(6, 1);
  const parts = [
    Uint8Array.of(0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20, 0x0d, 0x0a, 0x87, 0x0a),
    box('ftyp', Uint8Array.from([...'jp2 \0\0\0\0jp2 '].map((c) => c.charCodeAt(0)))),
    box('jp2h', box('res ', box('resc', resc))),
    box('jp2c', codestream),
  ];
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

const W = 64;
const H = 48;
const pixels = gradient(W, H);
let codestream: Uint8Array;

beforeAll(async () => {
  await loadJpeg2000();
  codestream = await encodeLossless(W, H, pixels);
});

describe('decodeJpeg2000', () => {
  it('decodes a lossless codestream exactly', () => {
    expect(decodeJpeg2000(codestream)).toEqual({ width: W, height: H, pixels });
  });

  it('decodes a JP2 file with its capture resolution', () => {
    const image = decodeJpeg2000(jp2(codestream, 1000));
    expect(image.pixels).toEqual(pixels);
    expect(image.ppi).toBe(1000);
  });

  it('refuses truncated codestreams as bad-file and decodes again after reloading', async () => {
    for (const broken of [codestream.subarray(0, 30), codestream.subarray(0, codestream.length / 2)]) {
      try {
        decodeJpeg2000(broken);
      } catch (error) {
        expect(error).toBeInstanceOf(RidgelineError);
        expect((error as RidgelineError).code).toBe('bad-file');
      }
      await loadJpeg2000(); // a failed decode may have dropped the module
      expect(decodeJpeg2000(codestream).pixels).toEqual(pixels);
    }
  });

  it('checks the declared size before decoding', () => {
    const huge = codestream.slice();
    new DataView(huge.buffer).setUint32(8, 0x7fffffff); // Xsiz
    expect(() => decodeJpeg2000(huge)).toThrowError(expect.objectContaining({ code: 'unsupported' }) as Error);
  });
});
