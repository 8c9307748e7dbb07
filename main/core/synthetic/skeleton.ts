// One-pixel-wide ridge skeleton by Zhang–Suen thinning (1984), the usual basis
// for crossing-number minutia detection.
export function thin(binary: Uint8Array, width: number, height: number): Uint8Array {
  const img = Uint8Array.from(binary);
  // The border row/column never changes, so neighbour reads stay in bounds.
  for (let x = 0; x < width; x++) img[x] = img[(height - 1) * width + x] = 0;
  for (let y = 0; y < height; y++) img[y * width] = img[y * width + width - 1] = 0;
  const remove: number[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (let step = 0; step < 2; step++) {
      remove.length = 0;
      for (let y = 1; y < height - 1; y++) {
        for (let x = 1; x < width - 1; x++) {
          const i = y * width + x;
          if (img[i] === 0) continue;
          // Neighbours P2..P9 clockwise from north.
          const p2 = img[i - width]!, p3 = img[i - width + 1]!, p4 = img[i + 1]!, p5 = img[i + width + 1]!;
          const p6 = img[i + width]!, p7 = img[i + width - 1]!, p8 = img[i - 1]!, p9 = img[i - width - 1]!;
          const b = p2 + p3 + p4 + p5 + p6 + p7 + p8 + p9;
          if (b < 2 || b > 6) continue;
          const a =
            (p2 === 0 && p3 === 1 ? 1 : 0) + (p3 === 0 && p4 === 1 ? 1 : 0) + (p4 === 0 && p5 === 1 ? 1 : 0) +
            (p5 === 0 && p6 === 1 ? 1 : 0) + (p6 === 0 && p7 === 1 ? 1 : 0) + (p7 === 0 && p8 === 1 ? 1 : 0) +
            (p8 === 0 && p9 === 1 ? 1 : 0) + (p9 === 0 && p2 === 1 ? 1 : 0);
          if (a !== 1) continue;
          if (step === 0 ? p2 * p4 * p6 === 0 && p4 * p6 * p8 === 0 : p2 * p4 * p8 === 0 && p2 * p6 * p8 === 0) remove.push(i);
        }
      }
      for (const i of remove) img[i] = 0;
      if (remove.length > 0) changed = true;
    }
  }
  return img;
}

/** The 8 neighbour offsets in circular order, starting east, going clockwise on screen. */
export function ringOffsets(width: number): readonly number[] {
  return [1, width + 1, width, width - 1, -1, -width - 1, -width, -width + 1];
}

/** Crossing number: half the number of 0/1 transitions around the pixel. */
export function crossingNumber(skeleton: Uint8Array, i: number, ring: readonly number[]): number {
  let transitions = 0;
  for (let k = 0; k < 8; k++) transitions += Math.abs(skeleton[i + ring[k]!]! - skeleton[i + ring[(k + 1) % 8]!]!);
  return transitions / 2;
}
