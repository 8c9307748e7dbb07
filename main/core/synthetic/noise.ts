// Value noise: random values on a square lattice, smoothly interpolated. Gives
// blotchy patterns (dry skin, uneven ink) at a chosen feature size.
import type { Random } from './prng';

export function latticeNoise(width: number, height: number, cell: number, random: Random): Float32Array {
  const gw = Math.ceil(width / cell) + 2;
  const gh = Math.ceil(height / cell) + 2;
  const lattice = new Float32Array(gw * gh);
  for (let i = 0; i < lattice.length; i++) lattice[i] = random.next();
  const out = new Float32Array(width * height);
  const smooth = (t: number) => t * t * (3 - 2 * t);
  for (let y = 0; y < height; y++) {
    const gy = Math.floor(y / cell);
    const fy = smooth(y / cell - gy);
    for (let x = 0; x < width; x++) {
      const gx = Math.floor(x / cell);
      const fx = smooth(x / cell - gx);
      const i = gy * gw + gx;
      const top = lattice[i]! * (1 - fx) + lattice[i + 1]! * fx;
      const bottom = lattice[i + gw]! * (1 - fx) + lattice[i + gw + 1]! * fx;
      out[y * width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return out;
}
