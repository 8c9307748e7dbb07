// Reading a transaction and decoding its friction-ridge images, shared by
// packet intake and holdings enrolment: the per-packet budget is checked before
// any image is decoded, an image that cannot be decoded is reported (not fatal),
// and progress is reported per image.
import { impressionCategory, positionName } from '../../formats/ansi-nist/codes';
import { listImages, type RecordImage } from '../../formats/ansi-nist/image-records';
import { decodeRecordImage, type ImageDecoders } from '../../formats/ansi-nist/images';
import { readTransaction } from '../../formats/ansi-nist/reader';
import type { Transaction } from '../../formats/ansi-nist/model';
import type { GrayImage } from '../../../preload/shared/fingerprint';
import { RidgelineError } from '../errors';
import { checkPacketBudget } from './budget';

export interface DecodedImage {
  image: RecordImage;
  gray: GrayImage;
  label: string;
  fingerPosition: number;
  impressionType: string;
}

export interface SkippedImage {
  record: number;
  recordType: number;
  reason: string;
}

export interface DecodedTransaction {
  transaction: Transaction;
  version: string;
  warnings: string[];
  images: DecodedImage[];
  skipped: SkippedImage[];
}

export interface DecodeOptions {
  decoders: ImageDecoders;
  /** Images decoded so far of all. */
  onImage?(done: number, total: number): void;
  signal?: AbortSignal;
}

export function printLabel(image: RecordImage): string {
  const position = image.positions[0] ?? 0;
  return `${positionName(position)} (FGP ${image.positions.join('/') || '0'}), Type-${image.recordType}`;
}

export async function decodeTransaction(bytes: Uint8Array, options: DecodeOptions): Promise<DecodedTransaction> {
  const read = readTransaction(bytes);
  const warnings = read.warnings.map((w) => w.message);
  const images = listImages(read.transaction).filter((i) => i.friction);
  // Refused before any image is decoded: the budget reads only sizes and headers.
  checkPacketBudget(images);
  const decoded: DecodedImage[] = [];
  const skipped: SkippedImage[] = [];
  for (const [i, image] of images.entries()) {
    if (options.signal?.aborted) throw new RidgelineError('cancelled', 'The import was cancelled');
    try {
      const gray = await decodeRecordImage(image, options.decoders);
      decoded.push({ image, gray, label: printLabel(image), fingerPosition: image.positions[0] ?? 0, impressionType: impressionCategory(image.impressionType) });
    } catch (error) {
      if (!(error instanceof RidgelineError)) throw error;
      skipped.push({ record: image.recordIndex, recordType: image.recordType, reason: `${error.code}: ${error.message}` });
    }
    options.onImage?.(i + 1, images.length);
  }
  return { transaction: read.transaction, version: read.version, warnings, images: decoded, skipped };
}
