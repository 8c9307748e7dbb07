// The WSQ decoder's Node-API surface (native-matcher/src/wsq/napi_wsq.cc).
import { loadAddon } from '../../../native-matcher/lib/load';

export interface NativeWsqImage {
  width: number;
  height: number;
  /** PPI from the NISTCOM comment, or null when the file does not state it. */
  ppi: number | null;
  pixels: Uint8Array;
  comments: string[];
}

/** Rejections carry `code` ('bad-file' | 'unsupported' | 'invalid-argument' | 'internal') and `offset`. */
export interface NativeWsqError extends Error {
  code?: string;
  offset?: number;
}

interface WsqAddon {
  decodeWsq(bytes: Uint8Array): Promise<NativeWsqImage>;
  /** Same result on the calling thread; throws the same coded errors. */
  decodeWsqSync(bytes: Uint8Array): NativeWsqImage;
}

export function nativeWsq(): WsqAddon {
  return loadAddon<WsqAddon>();
}
