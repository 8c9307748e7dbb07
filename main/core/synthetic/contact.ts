// The part of the finger that touched the sensor, in master coordinates. A
// partial impression keeps `fraction` of the fingertip's area: everything on
// one side of a slightly wavy cut in a random direction, as when a finger is
// rolled off or only its side touched.
import { smoothField } from './field';
import type { Random } from './prng';

export function contactArea(mask: Uint8Array, width: number, height: number, fraction: number, random: Random): Uint8Array {
  const contact = Uint8Array.from(mask);
  if (fraction >= 1) return contact;
  const angle = random.uniform(0, 2 * Math.PI);
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const wave = smoothField(random, Math.min(width, height) * 0.4, 2).grid(width, height);
  const projection = new Float32Array(width * height);
  let lowest = Infinity;
  let highest = -Infinity;
  let area = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const p = x * ux + y * uy + 8 * wave[i]!;
      projection[i] = p;
      if (!mask[i]) continue;
      area++;
      if (p < lowest) lowest = p;
      if (p > highest) highest = p;
    }
  }
  if (area === 0) return contact;
  // The cut is the `fraction` quantile of the projections inside the finger;
  // a histogram of quarter-pixel bins finds it without sorting.
  const bins = Math.max(1, Math.ceil((highest - lowest) * 4) + 1);
  const histogram = new Uint32Array(bins);
  for (let i = 0; i < projection.length; i++) if (mask[i]) histogram[Math.floor((projection[i]! - lowest) * 4)]!++;
  let kept = 0;
  let bin = 0;
  while (bin < bins - 1 && kept + histogram[bin]! <= fraction * area) kept += histogram[bin++]!;
  const cut = lowest + bin / 4;
  for (let i = 0; i < contact.length; i++) if (projection[i]! > cut) contact[i] = 0;
  return contact;
}
