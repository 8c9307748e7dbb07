// Identifies an image encoding from its leading bytes.
import { isWsq } from '../wsq/decode';
import { isBmp } from './bmp';
import { isJpeg } from './jpeg';
import { isJpeg2000 } from './jpeg2000';
import { isPng } from './png';
import { isTiff } from './tiff';
import type { ImageFormat } from './types';

export function detectImageFormat(bytes: Uint8Array): Exclude<ImageFormat, 'raw'> | null {
  if (isPng(bytes)) return 'png';
  if (isJpeg(bytes)) return 'jpeg';
  if (isJpeg2000(bytes)) return 'jpeg2000';
  if (isWsq(bytes)) return 'wsq';
  if (isTiff(bytes)) return 'tiff';
  if (isBmp(bytes)) return 'bmp';
  return null;
}
