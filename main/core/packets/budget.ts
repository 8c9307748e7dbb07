// The resource budget of one packet, checked before any image is decoded. A
// partner's file is small on the wire but declares the pixels we would
// allocate: a 37 KB packet of WSQ records claiming huge sizes once took 1.5 GB
// of memory and 1.9 GB of disk. Every limit is generous for real casework (a
// full EBTS ten-print with palms at 1000 ppi fits) and refuses the rest with
// one clear answer naming the limit, the figure and the record.
import { headerSize, type HeaderFormat } from '../../formats/images/header';
import { MAX_PIXELS } from '../../formats/images/types';
import type { RecordImage } from '../../formats/ansi-nist/image-records';
import { RidgelineError } from '../errors';

export interface PacketBudget {
  /** Images decoded from one packet. */
  maxImages: number;
  /** Pixels of any one image, by the larger of the record's and the codec header's size. */
  maxImagePixels: number;
  /** Pixels of all images together: bounds memory while importing and the workspace's growth. */
  maxTotalPixels: number;
  /** Declared pixels per byte of compressed data; real fingerprint codecs stay far below. */
  maxCompressionRatio: number;
}

export const PACKET_BUDGET: Readonly<PacketBudget> = Object.freeze({
  maxImages: 100,
  maxImagePixels: MAX_PIXELS,
  maxTotalPixels: 200_000_000,
  // WSQ at its usual 0.75 bit/pixel is about 11:1; even 0.1 bit/pixel is 80:1.
  maxCompressionRatio: 200,
});

/** Images too small for the ratio to mean anything (headers dominate). */
const RATIO_FLOOR_PIXELS = 256 * 256;

export type BudgetLimit = 'images' | 'image-pixels' | 'total-pixels' | 'compression-ratio';

export class PacketBudgetError extends RidgelineError {
  constructor(
    readonly limit: BudgetLimit,
    message: string,
    details: Record<string, unknown>,
  ) {
    super('bad-file', `The packet exceeds the import budget: ${message}`, { budget: limit, ...details });
    this.name = 'PacketBudgetError';
  }
}

export interface ImageCost {
  recordIndex: number;
  recordType: number;
  /** The larger of the record's declared size and the codec header's, in pixels. */
  pixels: number;
  bytes: number;
}

const HEADER_FORMAT: Partial<Record<RecordImage['compression'], HeaderFormat>> = {
  wsq: 'wsq',
  png: 'png',
  jpeg: 'jpeg',
  'jpeg-lossless': 'jpeg',
  jpeg2000: 'jpeg2000',
  'jpeg2000-lossless': 'jpeg2000',
};

export function imageCost(image: RecordImage): ImageCost {
  const declared = Math.max(0, image.width) * Math.max(0, image.height);
  const format = HEADER_FORMAT[image.compression];
  const header = format ? headerSize(format, image.data) : null;
  const pixels = Math.max(declared, header ? header.width * header.height : 0);
  return { recordIndex: image.recordIndex, recordType: image.recordType, pixels, bytes: image.data.length };
}

/**
 * Checks the images a packet would decode against the budget, reading only
 * record fields and codec headers. Throws PacketBudgetError; returns the total.
 */
export function checkPacketBudget(images: readonly RecordImage[], budget: PacketBudget = PACKET_BUDGET): { images: number; totalPixels: number } {
  if (images.length > budget.maxImages) {
    throw new PacketBudgetError('images', `${images.length} images (at most ${budget.maxImages})`, { actual: images.length, limit: budget.maxImages });
  }
  let totalPixels = 0;
  for (const image of images) {
    const cost = imageCost(image);
    const where = { record: cost.recordIndex, recordType: cost.recordType };
    if (cost.pixels > budget.maxImagePixels) {
      throw new PacketBudgetError('image-pixels', `Type-${cost.recordType} record ${cost.recordIndex} declares ${cost.pixels} pixels (at most ${budget.maxImagePixels} per image)`, { ...where, actual: cost.pixels, limit: budget.maxImagePixels });
    }
    if (image.compression !== 'none' && cost.pixels > RATIO_FLOOR_PIXELS) {
      const ratio = cost.pixels / Math.max(1, cost.bytes);
      if (ratio > budget.maxCompressionRatio) {
        throw new PacketBudgetError('compression-ratio', `Type-${cost.recordType} record ${cost.recordIndex} declares ${cost.pixels} pixels in ${cost.bytes} bytes (${Math.round(ratio)}:1, at most ${budget.maxCompressionRatio}:1)`, { ...where, actual: ratio, limit: budget.maxCompressionRatio });
      }
    }
    totalPixels += cost.pixels;
    if (totalPixels > budget.maxTotalPixels) {
      throw new PacketBudgetError('total-pixels', `its images declare more than ${budget.maxTotalPixels} pixels together`, { ...where, actual: totalPixels, limit: budget.maxTotalPixels });
    }
  }
  return { images: images.length, totalPixels };
}
