// decodeImage: any supported image encoding to an 8-bit gray image with its
// resolution. The format comes from the caller's hint (an ANSI/NIST record
// states its compression) or from the leading bytes.
import { RidgelineError } from '../../../preload/shared/errors';
import { decodeWsq, decodeWsqSync, type WsqImage } from '../wsq/decode';
import { decodeBmp } from './bmp';
import { corrupt } from './failures';
import { decodeJpeg } from './jpeg';
import { decodeJpeg2000, loadJpeg2000 } from './jpeg2000';
import { decodePng } from './png';
import { decodeRaw } from './raw';
import { detectImageFormat } from './sniff';
import { decodeTiff } from './tiff';
import { DEFAULT_PPI, type CodecResult, type DecodedImage, type ImageFormat } from './types';

export interface DecodeHint {
  /** Skips sniffing; required for 'raw'. */
  format?: ImageFormat;
  /** Raw images only. */
  width?: number;
  height?: number;
  /** Resolution from the container; used when the image itself states none. */
  ppi?: number;
}

function chooseFormat(bytes: Uint8Array, hint: DecodeHint): ImageFormat {
  if (hint.format) return hint.format;
  const format = detectImageFormat(bytes);
  if (!format) throw new RidgelineError('unsupported', 'Unrecognised image format', { leadingBytes: Array.from(bytes.subarray(0, 8)) });
  return format;
}

function finish(format: ImageFormat, result: CodecResult, hint: DecodeHint): DecodedImage {
  const image = { format, width: result.width, height: result.height, pixels: result.pixels };
  if (result.ppi !== undefined && result.ppi > 0) return { ...image, ppi: result.ppi, ppiSource: 'file' };
  if (hint.ppi !== undefined && hint.ppi > 0) return { ...image, ppi: hint.ppi, ppiSource: 'hint' };
  return { ...image, ppi: DEFAULT_PPI, ppiSource: 'default' };
}

function fromWsq(image: WsqImage): CodecResult {
  const result = { width: image.width, height: image.height, pixels: image.pixels };
  return image.ppiSource === 'nistcom' ? { ...result, ppi: image.ppi } : result;
}

function decodeSyncFormat(format: ImageFormat, bytes: Uint8Array, hint: DecodeHint): CodecResult {
  switch (format) {
    case 'png':
      return decodePng(bytes);
    case 'jpeg':
      return decodeJpeg(bytes);
    case 'tiff':
      return decodeTiff(bytes);
    case 'bmp':
      return decodeBmp(bytes);
    case 'jpeg2000':
      return decodeJpeg2000(bytes);
    case 'wsq':
      return fromWsq(decodeWsqSync(bytes));
    case 'raw':
      if (hint.width === undefined || hint.height === undefined) throw corrupt('raw', 'raw pixels need a width and height');
      return decodeRaw(bytes, hint.width, hint.height);
  }
}

/**
 * Decodes on the calling thread. JPEG 2000 needs its WebAssembly module
 * loaded first (`await prepareImageCodecs()`); every other format is ready.
 */
export function decodeImage(bytes: Uint8Array, hint: DecodeHint = {}): DecodedImage {
  const format = chooseFormat(bytes, hint);
  return finish(format, decodeSyncFormat(format, bytes, hint), hint);
}

/** Decodes any format; WSQ runs off the JavaScript thread. The app's path. */
export async function decodeImageAsync(bytes: Uint8Array, hint: DecodeHint = {}): Promise<DecodedImage> {
  const format = chooseFormat(bytes, hint);
  if (format === 'wsq') return finish(format, fromWsq(await decodeWsq(bytes)), hint);
  if (format === 'jpeg2000') await prepareImageCodecs();
  return finish(format, decodeSyncFormat(format, bytes, hint), hint);
}

/** Loads the codecs that initialise asynchronously (JPEG 2000). Idempotent. */
export async function prepareImageCodecs(): Promise<void> {
  await loadJpeg2000();
}
