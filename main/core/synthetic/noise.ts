// Value noise: random values on a square lattice, smoothly interpolated. Gives
// blotchy patterns (dry skin, uneven ink) at a chosen feature size.
import type { Random } from './prng';

/** Lattice cell index and smoothstep weight for each coordinate along one axis. */
function axis(length: number, cell: number): { index: Int32Array; weight: Float32Array } {
  const index = new Int32Array(length);
  const weight = new Float32Array(length);
  for (let v = 0; v < length; v++) {
    const g = Math.floor(v / cell);
    const t = v / cell - g;
    index[v] = g;
    weight[v] = t * t * (3 - 2 * t);
  }
  return { index, weight };
}

export function latticeNoise(width: number, height: number, cell: number, random: Random): Float32Array {
  const gw = Math.ceil(width / cell) + 2;
  const gh = Math.ceil(height / cell) + 2;
  const lattice = new Float32Array(gw * gh);
  for (let i = 0; i < lattice.length; i++) lattice[i] = random.next();
  const columns = axis(width, cell);
  const rows = axis(height, cell);
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const base = rows.index[y]! * gw;
    const fy = rows.weight[y]!;
    for (let x = 0; x < width; x++) {
      const i = base + columns.index[x]!;
      const fx = columns.weight[x]!;
      const top = lattice[i]! + (lattice[i + 1]! - lattice[i]!) * fx;
      const bottom = lattice[i + gw]! + (lattice[i + gw + 1]! - lattice[i + gw]!) * fx;
      out[y * width + x] = top + (bottom - top) * fy;
    }
  }
  return out;
}
