// Skin texture in master coordinates: sweat pores (small light dots) and fine
// grain. It is stamped once per finger from the finger's seed and stored with
// the master, so the same pores appear in every impression, as on real skin.

/** 32-bit integer hash of a lattice cell (Wang/Jenkins-style mixing), in [0, 1). */
function cellHash(ix: number, iy: number, salt: number): number {
  let h = Math.imul(ix, 0x27d4eb2d) ^ Math.imul(iy, 0x165667b1) ^ salt;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

const PORE_CELL = 6;
const PORE_SHARE = 0.35;
const PORE_RADIUS = 1.3;
const GRAIN_CELL = 2.5;

/**
 * Ink multiplier in [0, 1] per master pixel: below 1 on pores (a soft light
 * dot) and in the grain. Stamped once per finger; impressions sample it.
 */
export function skinTexture(seed: number, width: number, height: number): Float32Array {
  const poreSalt = Math.imul(seed, 0x9e3779b1) | 0;
  const grainSalt = Math.imul(seed ^ 0x5bd1e995, 0x85ebca6b) | 0;
  const skin = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const gy = Math.floor(y / GRAIN_CELL);
    for (let x = 0; x < width; x++) skin[y * width + x] = 0.78 + 0.22 * cellHash(Math.floor(x / GRAIN_CELL), gy, grainSalt);
  }
  // One candidate pore per cell, at a hashed position inside it.
  const reach = PORE_RADIUS * 1.5;
  for (let cy = 0; cy * PORE_CELL < height; cy++) {
    for (let cx = 0; cx * PORE_CELL < width; cx++) {
      if (cellHash(cx, cy, poreSalt) >= PORE_SHARE) continue;
      const px = (cx + cellHash(cx, cy, poreSalt ^ 0x1234567)) * PORE_CELL;
      const py = (cy + cellHash(cx, cy, poreSalt ^ 0x7654321)) * PORE_CELL;
      for (let y = Math.max(0, Math.floor(py - reach)); y <= Math.min(height - 1, Math.ceil(py + reach)); y++) {
        for (let x = Math.max(0, Math.floor(px - reach)); x <= Math.min(width - 1, Math.ceil(px + reach)); x++) {
          const d2 = (x - px) ** 2 + (y - py) ** 2;
          if (d2 < reach * reach) skin[y * width + x] = skin[y * width + x]! * (1 - 0.85 * (1 - d2 / (reach * reach)));
        }
      }
    }
  }
  return skin;
}
