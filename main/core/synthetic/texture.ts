// Skin texture in master coordinates: sweat pores (small light dots along the
// ridges) and fine grain. It is a pure function of the finger's seed and the
// master position, so the same pores appear in every impression of a finger,
// as they do on real skin, without storing anything.

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

export interface SkinTexture {
  /** Ink multiplier in [0, 1] at a master position: < 1 on pores and in the grain. */
  at(x: number, y: number): number;
}

export function skinTexture(seed: number): SkinTexture {
  const poreSalt = Math.imul(seed, 0x9e3779b1) | 0;
  const grainSalt = Math.imul(seed ^ 0x5bd1e995, 0x85ebca6b) | 0;
  return {
    at(x, y) {
      // One candidate pore per cell, at a hashed position inside it.
      const cx = Math.floor(x / PORE_CELL);
      const cy = Math.floor(y / PORE_CELL);
      let pore = 0;
      for (let oy = -1; oy <= 1; oy++) {
        for (let ox = -1; ox <= 1; ox++) {
          const h = cellHash(cx + ox, cy + oy, poreSalt);
          if (h >= PORE_SHARE) continue;
          const px = (cx + ox + cellHash(cx + ox, cy + oy, poreSalt ^ 0x1234567)) * PORE_CELL;
          const py = (cy + oy + cellHash(cx + ox, cy + oy, poreSalt ^ 0x7654321)) * PORE_CELL;
          const d2 = (x - px) ** 2 + (y - py) ** 2;
          if (d2 < PORE_RADIUS * PORE_RADIUS * 2.25) pore = Math.max(pore, 1 - d2 / (PORE_RADIUS * PORE_RADIUS * 2.25));
        }
      }
      const grain = cellHash(Math.floor(x / GRAIN_CELL), Math.floor(y / GRAIN_CELL), grainSalt);
      return (1 - 0.85 * pore) * (0.78 + 0.22 * grain);
    },
  };
}
