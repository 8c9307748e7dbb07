// Decodes the images of a transaction to 8-bit grayscale with their resolution.
// Uncompressed data and lossless JPEG are decoded here; WSQ, PNG, baseline
// JPEG and JPEG 2000 go to the codecs in formats/wsq and formats/images. A compression we do not decode is
// an 'unsupported' error naming it; bytes that do not fit the declared size
// are 'bad-file'.
import type { GrayImage } from '../../../preload/shared/fingerprint';
import { badFile, RidgelineError } from '../../../preload/shared/errors';
import type { RecordImage } from './image-records';
import { detectImageFormat } from '../images/sniff';
import { decodeJpegLossless } from './jpeg-lossless';

export type RasterFormat = 'png' | 'jpeg' | 'jpeg2000';

const RASTER_FORMAT: Partial<Record<RecordImage['compression'], RasterFormat>> = { png: 'png', jpeg: 'jpeg', jpeg2000: 'jpeg2000', 'jpeg2000-lossless': 'jpeg2000' };

/**
 * A record's data must be the encoding the record declares: a partner's file
 * could otherwise route any bytes to any codec we have (a "PNG" record holding
 * a TIFF tag bomb). The refusal names both, so the examiner knows what came.
 */
function checkDeclaredFormat(image: RecordImage, expected: 'wsq' | RasterFormat, where: Record<string, unknown>): void {
  const actual = detectImageFormat(image.data);
  if (actual === expected) return;
  throw badFile(`Type-${image.recordType} record ${image.recordIndex} declares ${image.compressionLabel} but its data is ${actual ? actual.toUpperCase() : 'not a recognised image'}`, {
    ...where,
    declared: image.compressionLabel,
    found: actual,
  });
}

export interface ImageDecoders {
  wsq(data: Uint8Array): GrayImage | Promise<GrayImage>;
  /** PNG, baseline JPEG and JPEG 2000, decoded as the format the record declares and no other. */
  raster(data: Uint8Array, format: RasterFormat): GrayImage | Promise<GrayImage>;
}

export interface DecodedRecordImage {
  image: RecordImage;
  gray: GrayImage;
}

/** Packs 1-bit rows (MSB first, rows padded to a byte; 1 = black) into 8-bit gray. */
function unpackBilevel(data: Uint8Array, width: number, height: number, where: Record<string, unknown>): Uint8Array {
  const stride = Math.ceil(width / 8);
  if (data.length < stride * height) throw badFile(`Bi-level image needs ${stride * height} bytes but has ${data.length}`, where);
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const bit = (data[y * stride + (x >> 3)]! >> (7 - (x & 7))) & 1;
      out[y * width + x] = bit ? 0 : 255;
    }
  }
  return out;
}

function uncompressed(image: RecordImage, where: Record<string, unknown>): Uint8Array {
  const { width, height, bitsPerPixel, data } = image;
  const pixels = width * height;
  if (bitsPerPixel === 1) return unpackBilevel(data, width, height, where);
  const bytesPerPixel = bitsPerPixel / 8;
  if (![1, 2, 3].includes(bytesPerPixel)) throw new RidgelineError('unsupported', `Uncompressed images with ${bitsPerPixel} bits per pixel are not supported`, where);
  if (data.length < pixels * bytesPerPixel) {
    throw badFile(`Uncompressed ${width}x${height} image at ${bitsPerPixel} bpp needs ${pixels * bytesPerPixel} bytes but has ${data.length}`, where);
  }
  if (bytesPerPixel === 1) return data.slice(0, pixels);
  const out = new Uint8Array(pixels);
  if (bytesPerPixel === 2) {
    // 16-bit gray, big-endian: keep the high byte.
    for (let i = 0; i < pixels; i++) out[i] = data[2 * i]!;
  } else {
    // 24-bit RGB: ITU-R BT.601 luma.
    for (let i = 0; i < pixels; i++) out[i] = Math.round(0.299 * data[3 * i]! + 0.587 * data[3 * i + 1]! + 0.114 * data[3 * i + 2]!);
  }
  return out;
}

export async function decodeRecordImage(image: RecordImage, decoders: ImageDecoders): Promise<GrayImage> {
  const where = { record: image.recordIndex, field: `${image.recordType}.999` };
  if (image.width <= 0 || image.height <= 0) throw badFile(`Type-${image.recordType} record ${image.recordIndex} has no image size`, where);
  let gray: GrayImage;
  switch (image.compression) {
    case 'none':
      gray = { width: image.width, height: image.height, ppi: image.ppi, pixels: uncompressed(image, where) };
      break;
    case 'wsq':
      checkDeclaredFormat(image, 'wsq', where);
      gray = await decoders.wsq(image.data);
      break;
    case 'jpeg-lossless':
      // The general JPEG codec is baseline only; lossless JPEG (SOF3) is decoded here.
      gray = decodeJpegLossless(image.data);
      break;
    case 'png':
    case 'jpeg':
    case 'jpeg2000':
    case 'jpeg2000-lossless': {
      const format = RASTER_FORMAT[image.compression]!;
      checkDeclaredFormat(image, format, where);
      gray = await decoders.raster(image.data, format);
      break;
    }
    default:
      throw new RidgelineError('unsupported', `Type-${image.recordType} record ${image.recordIndex}: compression "${image.compressionLabel}" is not supported`, {
        ...where,
        compression: image.compressionLabel,
      });
  }
  // The record's own resolution governs: codecs may not know it (JPEG) or disagree (a WSQ NISTCOM).
  return { ...gray, ppi: image.ppi };
}
