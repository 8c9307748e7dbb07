// Display adjustments of a print: brightness, contrast, gamma, invert and local
// contrast enhancement (CLAHE). They change what the examiner sees, never the
// stored image: they run on a copy of the decoded pixels in the renderer.
export interface Adjustments {
  /** -1..1, added to the normalised level. */
  brightness: number;
  /** -1..1; 0 leaves the slope at 1. */
  contrast: number;
  /** 0.2..5; 1 is linear. */
  gamma: number;
  invert: boolean;
  /** Contrast-limited adaptive histogram equalisation (8 x 8 tiles). */
  clahe: boolean;
}

export const NEUTRAL: Adjustments = { brightness: 0, contrast: 0, gamma: 1, invert: false, clahe: false };

export const isNeutral = (a: Adjustments): boolean =>
  a.brightness === 0 && a.contrast === 0 && a.gamma === 1 && !a.invert && !a.clahe;

/** A short human description, as recorded in the case's bench notes. */
export function describeAdjustments(a: Adjustments): string {
  if (isNeutral(a)) return 'none';
  const parts: string[] = [];
  if (a.brightness !== 0) parts.push(`brightness ${a.brightness > 0 ? '+' : ''}${Math.round(a.brightness * 100)}%`);
  if (a.contrast !== 0) parts.push(`contrast ${a.contrast > 0 ? '+' : ''}${Math.round(a.contrast * 100)}%`);
  if (a.gamma !== 1) parts.push(`gamma ${a.gamma.toFixed(2)}`);
  if (a.clahe) parts.push('CLAHE');
  if (a.invert) parts.push('inverted');
  return parts.join(', ');
}

/** The point operations (everything but CLAHE) as a 256-entry table, applied after CLAHE. */
export function levelTable(a: Adjustments): Uint8Array {
  const table = new Uint8Array(256);
  // Contrast as a slope about mid-grey: -1 flattens, +1 quadruples.
  const slope = Math.pow(4, a.contrast);
  for (let level = 0; level < 256; level++) {
    let v = level / 255;
    v = (v - 0.5) * slope + 0.5 + a.brightness;
    v = Math.min(1, Math.max(0, v));
    v = Math.pow(v, 1 / a.gamma);
    if (a.invert) v = 1 - v;
    table[level] = Math.round(v * 255);
  }
  return table;
}

const TILES = 8;
const CLIP_LIMIT = 3;

/** One tile's equalisation table: clipped histogram, excess spread evenly, cumulative distribution. */
function tileTable(gray: Uint8Array, width: number, x0: number, y0: number, x1: number, y1: number): Uint8Array {
  const histogram = new Uint32Array(256);
  for (let y = y0; y < y1; y++) {
    const row = y * width;
    for (let x = x0; x < x1; x++) histogram[gray[row + x]!]!++;
  }
  const count = (x1 - x0) * (y1 - y0);
  const limit = Math.max(1, Math.floor((CLIP_LIMIT * count) / 256));
  let excess = 0;
  for (let i = 0; i < 256; i++) {
    if (histogram[i]! > limit) {
      excess += histogram[i]! - limit;
      histogram[i] = limit;
    }
  }
  const share = excess / 256;
  const table = new Uint8Array(256);
  let sum = 0;
  for (let i = 0; i < 256; i++) {
    sum += histogram[i]! + share;
    table[i] = Math.min(255, Math.round((sum * 255) / count));
  }
  return table;
}

/** CLAHE of an 8-bit gray image: per-tile tables, bilinearly blended between tile centres. */
export function clahe(gray: Uint8Array, width: number, height: number): Uint8Array {
  const tilesX = Math.min(TILES, width);
  const tilesY = Math.min(TILES, height);
  const tileW = width / tilesX;
  const tileH = height / tilesY;
  const tables: Uint8Array[] = [];
  for (let ty = 0; ty < tilesY; ty++) {
    for (let tx = 0; tx < tilesX; tx++) {
      tables.push(tileTable(gray, width, Math.floor(tx * tileW), Math.floor(ty * tileH), Math.floor((tx + 1) * tileW), Math.floor((ty + 1) * tileH)));
    }
  }
  const out = new Uint8Array(gray.length);
  for (let y = 0; y < height; y++) {
    const fy = Math.min(tilesY - 1, Math.max(0, (y + 0.5) / tileH - 0.5));
    const ty0 = Math.floor(fy);
    const ty1 = Math.min(tilesY - 1, ty0 + 1);
    const wy = fy - ty0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(tilesX - 1, Math.max(0, (x + 0.5) / tileW - 0.5));
      const tx0 = Math.floor(fx);
      const tx1 = Math.min(tilesX - 1, tx0 + 1);
      const wx = fx - tx0;
      const level = gray[y * width + x]!;
      const top = tables[ty0 * tilesX + tx0]![level]! * (1 - wx) + tables[ty0 * tilesX + tx1]![level]! * wx;
      const bottom = tables[ty1 * tilesX + tx0]![level]! * (1 - wx) + tables[ty1 * tilesX + tx1]![level]! * wx;
      out[y * width + x] = Math.round(top * (1 - wy) + bottom * wy);
    }
  }
  return out;
}

/** The displayed gray levels: CLAHE if asked, then the level table. The input is not modified. */
export function adjustGray(gray: Uint8Array, width: number, height: number, a: Adjustments): Uint8Array {
  const base = a.clahe ? clahe(gray, width, height) : gray;
  const table = levelTable(a);
  const out = new Uint8Array(base.length);
  for (let i = 0; i < base.length; i++) out[i] = table[base[i]!]!;
  return out;
}
