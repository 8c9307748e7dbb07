// Minimal baseline TIFF writer: 8-bit gray, one uncompressed strip, and the
// resolution in XResolution/YResolution (pixels per inch), so generated sets
// carry their ppi inside the image as a sensor's own files would. The FVC
// databases are TIFFs too; the same readers (the product's and eval.cc's)
// then read both.
import type { GrayImage } from '../../../preload/shared/fingerprint';

const SHORT = 3;
const LONG = 4;
const RATIONAL = 5;

export function encodeGrayTiff(image: GrayImage): Uint8Array {
  const entries: [tag: number, type: number, value: number][] = [
    [256, LONG, image.width],
    [257, LONG, image.height],
    [258, SHORT, 8], // bits per sample
    [259, SHORT, 1], // no compression
    [262, SHORT, 1], // black is zero
    [273, LONG, 0], // strip offset, patched below
    [277, SHORT, 1], // samples per pixel
    [278, LONG, image.height], // rows per strip
    [279, LONG, image.width * image.height],
    [282, RATIONAL, 0], // XResolution, stored after the directory
    [283, RATIONAL, 0], // YResolution
    [296, SHORT, 2], // unit: inch
  ];
  const ifdOffset = 8;
  const ifdSize = 2 + entries.length * 12 + 4;
  const rationalOffset = ifdOffset + ifdSize;
  const pixelOffset = rationalOffset + 8;
  const bytes = new Uint8Array(pixelOffset + image.pixels.length);
  const view = new DataView(bytes.buffer);
  bytes.set([0x49, 0x49, 42, 0]); // little-endian "II*\0"
  view.setUint32(4, ifdOffset, true);
  view.setUint16(ifdOffset, entries.length, true);
  entries.forEach(([tag, type, value], k) => {
    const at = ifdOffset + 2 + 12 * k;
    view.setUint16(at, tag, true);
    view.setUint16(at + 2, type, true);
    view.setUint32(at + 4, 1, true);
    if (type === SHORT) view.setUint16(at + 8, value, true);
    else if (type === LONG) view.setUint32(at + 8, tag === 273 ? pixelOffset : value, true);
    else view.setUint32(at + 8, rationalOffset, true);
  });
  view.setUint32(ifdOffset + 2 + entries.length * 12, 0, true); // no next directory
  // ppi as a rational with two decimals (e.g. 512, 569, 1000).
  view.setUint32(rationalOffset, Math.round(image.ppi * 100), true);
  view.setUint32(rationalOffset + 4, 100, true);
  bytes.set(image.pixels, pixelOffset);
  return bytes;
}
