// Smooth random scalar fields: a few low-frequency plane waves with seeded
// directions and phases. Used for the ridge period, the fingertip outline,
// skin distortion and dryness.
import type { Random } from './prng';

export interface SmoothField {
  /** Value in about [-1, 1], varying over `scale` pixels. */
  at(x: number, y: number): number;
  /** The field sampled on a whole pixel grid (row-major). */
  grid(width: number, height: number): Float32Array;
}

export function smoothField(random: Random, scale: number, terms = 4): SmoothField {
  const waves = Array.from({ length: terms }, () => {
    const angle = random.uniform(0, 2 * Math.PI);
    const k = (2 * Math.PI) / (scale * random.uniform(0.7, 1.4));
    return { kx: k * Math.cos(angle), ky: k * Math.sin(angle), phase: random.uniform(0, 2 * Math.PI) };
  });
  const norm = 1 / Math.sqrt(terms / 2);
  return {
    at(x, y) {
      let sum = 0;
      for (const w of waves) sum += Math.cos(w.kx * x + w.ky * y + w.phase);
      return sum * norm;
    },
    grid(width, height) {
      // cos(a + b) = cos a cos b − sin a sin b: per-row and per-column tables
      // make the grid cost a few multiplications per pixel instead of cosines.
      const out = new Float32Array(width * height);
      for (const w of waves) {
        const cx = new Float64Array(width);
        const sx = new Float64Array(width);
        for (let x = 0; x < width; x++) {
          cx[x] = Math.cos(w.kx * x + w.phase);
          sx[x] = Math.sin(w.kx * x + w.phase);
        }
        for (let y = 0; y < height; y++) {
          const cy = Math.cos(w.ky * y) * norm;
          const sy = Math.sin(w.ky * y) * norm;
          const row = y * width;
          for (let x = 0; x < width; x++) out[row + x] = out[row + x]! + cx[x]! * cy - sx[x]! * sy;
        }
      }
      return out;
    },
  };
}
