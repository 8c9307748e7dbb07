// Reads the pixel size an encoded image declares in its own header, without
// decoding it, so a packet's budget can be checked before anything is
// allocated: the record's declared size and the codec's may disagree, and the
// codec's is the one the decoder would allocate for.
export type HeaderFormat = 'png' | 'jpeg' | 'wsq' | 'jpeg2000';

export interface HeaderSize {
  width: number;
  height: number;
}

const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

function png(b: Uint8Array): HeaderSize | null {
  // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4).
  if (b.length < 24 || b[12] !== 0x49 || b[13] !== 0x48 || b[14] !== 0x44 || b[15] !== 0x52) return null;
  return { width: u32(b, 16), height: u32(b, 20) };
}

/** JPEG and WSQ share the marker syntax: FFxx then a 2-byte segment length. */
function markerSegments(b: Uint8Array, isFrame: (marker: number) => boolean, sizeAt: (segment: number) => HeaderSize): HeaderSize | null {
  let at = 2; // after SOI
  // Each step advances by at least 4 bytes, so the walk is linear in the header.
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = 0xff00 | b[at + 1]!;
    if (marker === 0xffff) {
      at++; // fill byte
      continue;
    }
    const length = u16(b, at + 2);
    if (isFrame(marker)) return at + 2 + length <= b.length && length >= 9 ? sizeAt(at + 4) : null;
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

function jpeg(b: Uint8Array): HeaderSize | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  const isSof = (m: number) => m >= 0xffc0 && m <= 0xffcf && m !== 0xffc4 && m !== 0xffc8 && m !== 0xffcc;
  // SOFn: precision (1), height (2), width (2).
  return markerSegments(b, isSof, (s) => ({ height: u16(b, s + 1), width: u16(b, s + 3) }));
}

function wsq(b: Uint8Array): HeaderSize | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xa0) return null;
  // SOF (FFA2): black (1), white (1), height (2), width (2).
  return markerSegments(b, (m) => m === 0xffa2, (s) => ({ height: u16(b, s + 2), width: u16(b, s + 4) }));
}

function jpeg2000(b: Uint8Array): HeaderSize | null {
  // Raw codestream: SOC (FF4F) then SIZ (FF51): Lsiz, Rsiz, Xsiz, Ysiz, XOsiz, YOsiz.
  if (b.length >= 24 && b[0] === 0xff && b[1] === 0x4f && b[2] === 0xff && b[3] === 0x51) {
    const width = u32(b, 8) - u32(b, 16);
    const height = u32(b, 12) - u32(b, 20);
    return width > 0 && height > 0 ? { width, height } : null;
  }
  // JP2 file: boxes; the image header box (ihdr) sits in the header superbox (jp2h).
  let at = 0;
  for (let steps = 0; at + 8 <= b.length && steps < 64; steps++) {
    const length = u32(b, at);
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    if (type === 'jp2h') {
      at += 8;
      continue; // descend into the superbox
    }
    if (type === 'ihdr') return at + 16 <= b.length ? { height: u32(b, at + 8), width: u32(b, at + 12) } : null;
    if (length < 8) return null;
    at += length;
  }
  return null;
}

/** The size the image's own header declares, or null when the header cannot be read. */
export function headerSize(format: HeaderFormat, bytes: Uint8Array): HeaderSize | null {
  switch (format) {
    case 'png':
      return png(bytes);
    case 'jpeg':
      return jpeg(bytes);
    case 'wsq':
      return wsq(bytes);
    case 'jpeg2000':
      return jpeg2000(bytes);
  }
}
