// Shared shapes of the image codecs: everything decodes to 8-bit gray.
import type { GrayImage } from '../../../preload/shared/fingerprint';

export type { GrayImage };

export type ImageFormat = 'png' | 'jpeg' | 'jpeg2000' | 'tiff' | 'bmp' | 'wsq' | 'raw';

export interface DecodedImage extends GrayImage {
  format: ImageFormat;
  /** 'file': stated by the image; 'hint': given by the caller (e.g. the record); 'default': assumed 500. */
  ppiSource: 'file' | 'hint' | 'default';
}

/** What a codec found, before the caller's hints and defaults are applied. */
export interface CodecResult {
  width: number;
  height: number;
  pixels: Uint8Array;
  /** Resolution stated in the file, when it states one. */
  ppi?: number;
}

export const DEFAULT_PPI = 500;
/** Largest image any codec allocates for (a 1000 ppi palm is about 45 MP). */
export const MAX_PIXELS = 64 * 1024 * 1024;
