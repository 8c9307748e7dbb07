// JPEG 2000 decoding (lossy and lossless; raw codestreams and JP2 files) to
// gray via the OpenJPEG WebAssembly build. The module loads asynchronously
// once; after that decoding is synchronous. Image size is read from the SIZ
// marker and checked before OpenJPEG allocates anything.
import { createRequire } from 'node:module';

import { RidgelineError } from '../../../preload/shared/errors';
import { checkDimensions, corrupt, ppiFromPerMetre } from './failures';
import { grayFromInterleaved } from './gray';
import type { CodecResult } from './types';

interface FrameInfo {
  width: number;
  height: number;
  bitsPerSample: number;
  componentCount: number;
  isSigned: boolean;
}
interface J2KDecoder {
  getEncodedBuffer(length: number): Uint8Array;
  decode(): void;
  getDecodedBuffer(): Uint8Array;
  getFrameInfo(): FrameInfo;
  delete(): void;
}
interface OpenJpegModule {
  J2KDecoder: new () => J2KDecoder;
}

const CODESTREAM = [0xff, 0x4f, 0xff, 0x51];
const JP2_SIGNATURE = [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20, 0x0d, 0x0a, 0x87, 0x0a];

export function isJpeg2000(bytes: Uint8Array): boolean {
  return CODESTREAM.every((b, i) => bytes[i] === b) || JP2_SIGNATURE.every((b, i) => bytes[i] === b);
}

let loaded: OpenJpegModule | undefined;
let loading: Promise<OpenJpegModule> | undefined;

/** Loads the WebAssembly decoder (once). Needed before decodeJpeg2000. */
export function loadJpeg2000(): Promise<OpenJpegModule> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= (async () => {
    const load = typeof require === 'function' ? require : createRequire(import.meta.url);
    const factory = load('@cornerstonejs/codec-openjpeg/decodewasmjs') as (options: object) => Promise<OpenJpegModule>;
    // OpenJPEG reports progress on stdout; keep the CLI's output clean.
    loaded = await factory({ print: () => undefined, printErr: () => undefined });
    return loaded;
  })().finally(() => {
    loading = undefined;
  });
  return loading;
}

export function jpeg2000Loaded(): boolean {
  return loaded !== undefined;
}

interface Box {
  type: string;
  start: number;
  end: number;
}

function* boxes(bytes: Uint8Array, start: number, end: number): Generator<Box> {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = start;
  while (pos + 8 <= end) {
    let length = v.getUint32(pos);
    const type = String.fromCharCode(...bytes.subarray(pos + 4, pos + 8));
    let header = 8;
    if (length === 1) {
      if (pos + 16 > end) throw corrupt('jpeg2000', 'truncated box header', { offset: pos });
      length = Number(v.getBigUint64(pos + 8));
      header = 16;
    } else if (length === 0) length = end - pos;
    if (length < header || pos + length > end) throw corrupt('jpeg2000', `box ${type} runs past its container`, { offset: pos });
    yield { type, start: pos + header, end: pos + length };
    pos += length;
  }
}

// Capture resolution ('resc', else display 'resd') inside jp2h/res: pixels per metre as N/D * 10^E.
function jp2Resolution(bytes: Uint8Array, header: Box): number | undefined {
  for (const box of boxes(bytes, header.start, header.end)) {
    if (box.type !== 'res ') continue;
    const found: Record<string, number | undefined> = {};
    for (const r of boxes(bytes, box.start, box.end)) {
      if ((r.type === 'resc' || r.type === 'resd') && r.end - r.start >= 10) {
        const v = new DataView(bytes.buffer, bytes.byteOffset + r.start, 10);
        const den = v.getUint16(6);
        if (den > 0) found[r.type] = ppiFromPerMetre((v.getUint16(4) / den) * 10 ** v.getInt8(9));
      }
    }
    return found['resc'] ?? found['resd'];
  }
  return undefined;
}

function codestreamOf(bytes: Uint8Array): { codestream: Uint8Array; ppi?: number } {
  if (CODESTREAM.every((b, i) => bytes[i] === b)) return { codestream: bytes };
  let ppi: number | undefined;
  for (const box of boxes(bytes, 0, bytes.length)) {
    if (box.type === 'jp2h') ppi = jp2Resolution(bytes, box);
    if (box.type === 'jp2c') {
      const codestream = bytes.subarray(box.start, box.end);
      return ppi === undefined ? { codestream } : { codestream, ppi };
    }
  }
  throw corrupt('jpeg2000', 'JP2 file without a codestream box');
}

function checkSize(codestream: Uint8Array): void {
  if (codestream.length < 42) throw corrupt('jpeg2000', 'truncated SIZ marker');
  const v = new DataView(codestream.buffer, codestream.byteOffset, codestream.byteLength);
  const width = v.getUint32(8) - v.getUint32(16);
  const height = v.getUint32(12) - v.getUint32(20);
  checkDimensions('jpeg2000', width, height);
}

export function decodeJpeg2000(bytes: Uint8Array): CodecResult {
  if (!isJpeg2000(bytes)) throw corrupt('jpeg2000', 'neither a JP2 file nor a codestream');
  if (!loaded) throw new RidgelineError('internal', 'JPEG 2000 decoder not loaded; await loadJpeg2000() first');
  const { codestream, ppi } = codestreamOf(bytes);
  checkSize(codestream);
  let decoder: J2KDecoder | undefined;
  let frame: FrameInfo;
  let samples: Uint8Array;
  try {
    decoder = new loaded.J2KDecoder();
    decoder.getEncodedBuffer(codestream.length).set(codestream);
    decoder.decode();
    frame = decoder.getFrameInfo();
    samples = decoder.getDecodedBuffer().slice();
  } catch (error) {
    // An abort inside the WebAssembly module leaves it unusable: reload next time.
    loaded = undefined;
    throw corrupt('jpeg2000', `decoding failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    try {
      decoder?.delete();
    } catch {
      loaded = undefined;
    }
  }
  const { width, height, bitsPerSample, componentCount, isSigned } = frame;
  checkDimensions('jpeg2000', width, height);
  const count = width * height * componentCount;
  const wide = bitsPerSample > 8;
  if (samples.length < count * (wide ? 2 : 1)) throw corrupt('jpeg2000', 'decoder returned fewer samples than the frame holds');
  // Reduce every sample to 8 bits (unsigned), then components to gray.
  const eight = new Uint8Array(count);
  const view = new DataView(samples.buffer, samples.byteOffset, samples.byteLength);
  const shift = Math.max(0, bitsPerSample - 8);
  const offset = isSigned ? 1 << (bitsPerSample - 1) : 0;
  for (let i = 0; i < count; i++) {
    const raw = wide ? (isSigned ? view.getInt16(i * 2, true) : view.getUint16(i * 2, true)) : isSigned ? view.getInt8(i) : samples[i]!;
    eight[i] = Math.min(255, Math.max(0, (raw + offset) >> shift));
  }
  const pixels = grayFromInterleaved(eight, width * height, componentCount);
  return ppi === undefined ? { width, height, pixels } : { width, height, pixels, ppi };
}
