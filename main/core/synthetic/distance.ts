// Chamfer (3-4) distance to the nearest pixel outside a mask, in pixels: used to
// keep ground-truth minutiae away from the finger's outline and the visible edge.
export function distanceInside(mask: Uint8Array, width: number, height: number): Float32Array {
  const big = 1e9;
  const d = new Float32Array(width * height);
  for (let i = 0; i < d.length; i++) d[i] = mask[i] ? big : 0;
  // Pixels on the image border count as next to the outside.
  for (let x = 0; x < width; x++) {
    d[x] = Math.min(d[x]!, mask[x] ? 3 : 0);
    const j = (height - 1) * width + x;
    d[j] = Math.min(d[j]!, mask[j] ? 3 : 0);
  }
  for (let y = 0; y < height; y++) {
    const a = y * width;
    const b = a + width - 1;
    d[a] = Math.min(d[a]!, mask[a] ? 3 : 0);
    d[b] = Math.min(d[b]!, mask[b] ? 3 : 0);
  }
  for (let y = 1; y < height; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      d[i] = Math.min(d[i]!, d[i - 1]! + 3, d[i - width]! + 3, d[i - width - 1]! + 4, d[i - width + 1]! + 4);
    }
  }
  for (let y = height - 2; y >= 0; y--) {
    for (let x = width - 2; x >= 1; x--) {
      const i = y * width + x;
      d[i] = Math.min(d[i]!, d[i + 1]! + 3, d[i + width]! + 3, d[i + width + 1]! + 4, d[i + width - 1]! + 4);
    }
  }
  for (let i = 0; i < d.length; i++) d[i] = d[i]! / 3;
  return d;
}
