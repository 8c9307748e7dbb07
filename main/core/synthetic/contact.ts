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
  const inside: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      projection[i] = x * ux + y * uy + 8 * wave[i]!;
      if (mask[i]) inside.push(projection[i]!);
    }
  }
  if (inside.length === 0) return contact;
  inside.sort((a, b) => a - b);
  const cut = inside[Math.min(inside.length - 1, Math.floor(fraction * inside.length))]!;
  for (let i = 0; i < contact.length; i++) if (projection[i]! > cut) contact[i] = 0;
  return contact;
}
