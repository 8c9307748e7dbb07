// Separable-cost image filters on Float32 images via an integral image.

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

/** Mean over the box actually inside the image (so borders do not darken). */
export function boxMean(values: Float32Array, width: number, height: number, r: number): Float32Array {
  const sums = boxSum(values, width, height, r);
  for (let y = 0; y < height; y++) {
    const rows = Math.min(height, y + r + 1) - Math.max(0, y - r);
    for (let x = 0; x < width; x++) {
      const cols = Math.min(width, x + r + 1) - Math.max(0, x - r);
      sums[y * width + x] = sums[y * width + x]! / (rows * cols);
    }
  }
  return sums;
}

/** Gaussian blur approximated by three box passes (σ² = 3·((2r+1)² − 1)/12). */
export function gaussianBlur(values: Float32Array, width: number, height: number, sigma: number): Float32Array {
  const r = Math.round((Math.sqrt(4 * sigma * sigma + 1) - 1) / 2);
  if (r < 1) return values;
  let out = values;
  for (let pass = 0; pass < 3; pass++) out = boxMean(out, width, height, r);
  return out;
}
