// WSQ decoding for the main process: the C++ decoder on the libuv pool, its
// failures as typed RidgelineErrors.
import { RidgelineError } from '../../../preload/shared/errors';
import type { GrayImage } from '../../../preload/shared/fingerprint';
import { nativeWsq, type NativeWsqError, type NativeWsqImage } from './native';
import { parseNistcom, type Nistcom } from './nistcom';

/** Resolution assumed when neither the file nor its container states one. */
export const DEFAULT_PPI = 500;

export interface WsqImage extends GrayImage {
  /** Where `ppi` came from: the NISTCOM comment, or the 500 ppi default. */
  ppiSource: 'nistcom' | 'default';
  comments: string[];
  nistcom: Nistcom | null;
}

/** True when the bytes start with the WSQ SOI marker (FF A0). */
export function isWsq(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xa0;
}

/** Decodes on the libuv thread pool; the app's path. */
export async function decodeWsq(bytes: Uint8Array): Promise<WsqImage> {
  let decoded: NativeWsqImage;
  try {
    decoded = await nativeWsq().decodeWsq(bytes);
  } catch (error) {
    throw toRidgelineError(error);
  }
  return toWsqImage(decoded);
}

/** Decodes on the calling thread, for synchronous callers (CLI tools). */
export function decodeWsqSync(bytes: Uint8Array): WsqImage {
  let decoded: NativeWsqImage;
  try {
    decoded = nativeWsq().decodeWsqSync(bytes);
  } catch (error) {
    throw toRidgelineError(error);
  }
  return toWsqImage(decoded);
}

function toWsqImage(decoded: NativeWsqImage): WsqImage {
  return {
    width: decoded.width,
    height: decoded.height,
    pixels: decoded.pixels,
    ppi: decoded.ppi ?? DEFAULT_PPI,
    ppiSource: decoded.ppi === null ? 'default' : 'nistcom',
    comments: decoded.comments,
    nistcom: parseNistcom(decoded.comments),
  };
}

function toRidgelineError(error: unknown): RidgelineError {
  const native = error as NativeWsqError;
  const details = typeof native.offset === 'number' ? { format: 'wsq', offset: native.offset } : { format: 'wsq' };
  if (native.code === 'bad-file') return new RidgelineError('bad-file', `WSQ: ${native.message}`, details);
  if (native.code === 'unsupported') return new RidgelineError('unsupported', `WSQ: ${native.message}`, details);
  if (native.code === 'invalid-argument') return new RidgelineError('invalid-argument', native.message, details);
  return new RidgelineError('internal', `WSQ decoder failed: ${native.message ?? String(error)}`, details);
}
