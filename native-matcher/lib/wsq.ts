// WSQ encoding (src/wsq/encoder.cc): fingerprint images leave in the form
// partners expect, Type-14 WSQ at about 0.75 bit per pixel. Runs on the libuv
// pool; the synchronous variant is for synchronous callers (CLI tools).
import { native, nativeSync } from './errors';
import { loadAddon } from './load';
import type { GrayImage } from '../../preload/shared/fingerprint';

/** The rate the FBI specification and partners' gateways expect for 500 ppi prints. */
export const WSQ_DEFAULT_BITRATE = 0.75;

export interface WsqEncodeOptions {
  /** Target bits per pixel, in (0, 8]; default 0.75. */
  bitsPerPixel?: number;
}

interface WsqEncoderAddon {
  encodeWsq(pixels: Uint8Array, width: number, height: number, options: { bitsPerPixel: number; ppi: number }): Promise<Uint8Array>;
  encodeWsqSync(pixels: Uint8Array, width: number, height: number, options: { bitsPerPixel: number; ppi: number }): Uint8Array;
}

function nativeOptions(image: GrayImage, options: WsqEncodeOptions) {
  return { bitsPerPixel: options.bitsPerPixel ?? WSQ_DEFAULT_BITRATE, ppi: image.ppi };
}

/** Encodes an 8-bit gray image as WSQ, with its ppi in the NISTCOM comment. */
export function encodeWsq(image: GrayImage, options: WsqEncodeOptions = {}): Promise<Uint8Array> {
  return native(() => loadAddon<WsqEncoderAddon>().encodeWsq(image.pixels, image.width, image.height, nativeOptions(image, options)));
}

export function encodeWsqSync(image: GrayImage, options: WsqEncodeOptions = {}): Uint8Array {
  return nativeSync(() => loadAddon<WsqEncoderAddon>().encodeWsqSync(image.pixels, image.width, image.height, nativeOptions(image, options)));
}
