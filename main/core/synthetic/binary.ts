// The master's ridge topology is fixed once, as a binary image: the Gabor field
// thresholded at 0 and cleaned by a 5×5 majority vote (which removes one-pixel
// necks and spurs around phase defects). Ground-truth minutiae are read from
// this image and the rendered ridges are a blur of it, so the two always agree.
import { boxMean, boxSum } from './filters';

export function ridgeBinary(ridges: Float32Array, mask: Uint8Array, width: number, height: number): Uint8Array {
  const raw = new Float32Array(width * height);
  for (let i = 0; i < raw.length; i++) raw[i] = ridges[i]! > 0 ? 1 : 0;
  const votes = boxSum(raw, width, height, 2);
  const binary = new Uint8Array(width * height);
  for (let i = 0; i < binary.length; i++) binary[i] = mask[i] && votes[i]! >= 13 ? 1 : 0;
  return binary;
}

/** A smooth ridge profile in [-1, 1] from the binary image (two 5×5 box blurs ≈ Gaussian σ 2). */
export function ridgeProfile(binary: Uint8Array, mask: Uint8Array, width: number, height: number): Float32Array {
  let field: Float32Array = new Float32Array(width * height);
  for (let i = 0; i < field.length; i++) field[i] = binary[i] ? 1 : -1;
  for (let pass = 0; pass < 2; pass++) field = boxMean(field, width, height, 2);
  for (let i = 0; i < field.length; i++) if (!mask[i]) field[i] = 0;
  return field;
}
