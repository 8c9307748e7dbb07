// Box filters on Float32 images: an integral-image box sum, and a running-sum
// box mean whose three passes approximate a Gaussian blur.

/** Sum of `values` over the (2r+1)² box around each pixel (clamped at the border). */
export function boxSum(values: Float32Array, width: number, height: number, r: number): Float32Array {
  const integral = new Float64Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += values[y * width + x]!;
      integral[(y + 1) * (width + 1) + x + 1] = integral[y * (width + 1) + x + 1]! + row;
    }
  }
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(height, y + r + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - r);
      const x1 = Math.min(width, x + r + 1);
      out[y * width + x] =
        integral[y1 * (width + 1) + x1]! - integral[y0 * (width + 1) + x1]! - integral[y1 * (width + 1) + x0]! + integral[y0 * (width + 1) + x0]!;
    }
  }
  return out;
}

/** Running-sum box mean along rows then columns, radius r, borders clamped. */
function boxMeanSeparable(values: Float32Array, width: number, height: number, r: number): Float32Array {
  const rows = new Float32Array(values.length);
  const out = new Float32Array(values.length);
  const size = 2 * r + 1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    // Clamp-to-edge: the window sum starts as if the first pixel repeated r times.
    let sum = values[row]! * (r + 1);
    for (let k = 1; k <= r; k++) sum += values[row + Math.min(width - 1, k)]!;
    for (let x = 0; x < width; x++) {
      rows[row + x] = sum / size;
      sum += values[row + Math.min(width - 1, x + r + 1)]! - values[row + Math.max(0, x - r)]!;
    }
  }
  for (let x = 0; x < width; x++) {
    let sum = rows[x]! * (r + 1);
    for (let k = 1; k <= r; k++) sum += rows[Math.min(height - 1, k) * width + x]!;
    for (let y = 0; y < height; y++) {
      out[y * width + x] = sum / size;
      sum += rows[Math.min(height - 1, y + r + 1) * width + x]! - rows[Math.max(0, y - r) * width + x]!;
    }
  }
  return out;
}

/** Gaussian blur approximated by three box passes (σ² = 3·((2r+1)² − 1)/12). */
export function gaussianBlur(values: Float32Array, width: number, height: number, sigma: number): Float32Array {
  const r = Math.round((Math.sqrt(4 * sigma * sigma + 1) - 1) / 2);
  if (r < 1) return values;
  let out = values;
  for (let pass = 0; pass < 3; pass++) out = boxMeanSeparable(out, width, height, r);
  return out;
}
