// Ridge period field. Adult fingertips at 500 ppi show ridge periods of about
// 8-10.5 px (0.095-0.125 cycles/px); the period drifts smoothly over the finger
// and tends to be a little shorter near the tip and the flanks.
import { smoothField } from './field';
import type { Random } from './prng';

export const MIN_PERIOD = 7.5;
export const MAX_PERIOD = 11;

export function periodField(width: number, height: number, random: Random): Float32Array {
  const mean = random.uniform(8.6, 9.6);
  const field = smoothField(random, Math.max(width, height) * 0.8, 3).grid(width, height);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const r = Math.hypot((x - cx) / width, (y - cy) / height);
      const i = y * width + x;
      const period = mean + 0.6 * field[i]! - 1.2 * r * r;
      field[i] = Math.min(MAX_PERIOD, Math.max(MIN_PERIOD, period));
    }
  }
  return field;
}
