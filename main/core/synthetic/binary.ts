// The master's ridge topology is fixed once, as a binary image: the Gabor field
// thresholded at 0 and cleaned by a 5×5 majority vote (which removes one-pixel
// necks and spurs around phase defects). Ground-truth minutiae are read from
// this image and the rendered ridges are a blur of it, so the two always agree.
import { distanceInside } from './distance';
import { boxSum } from './filters';

const PROFILE_RAMP = 2.5;

export function ridgeBinary(ridges: Float32Array, mask: Uint8Array, width: number, height: number): Uint8Array {
  const raw = new Float32Array(width * height);
  for (let i = 0; i < raw.length; i++) raw[i] = ridges[i]! > 0 ? 1 : 0;
  const votes = boxSum(raw, width, height, 2);
  const binary = new Uint8Array(width * height);
  for (let i = 0; i < binary.length; i++) binary[i] = mask[i] && votes[i]! >= 13 ? 1 : 0;
  return binary;
}

/**
 * A ridge profile in [-1, 1] from the binary image: the signed distance to the
 * nearest ridge edge, saturating 2.5 px in. Unlike a blur it keeps the sign of
 * every pixel, so the rendered image shows exactly the binary image's ridge
 * endings and forks, where the ground truth was read.
 */
export function ridgeProfile(binary: Uint8Array, mask: Uint8Array, width: number, height: number): Float32Array {
  const valleys = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) valleys[i] = binary[i] ? 0 : 1;
  const inRidge = distanceInside(binary, width, height);
  const inValley = distanceInside(valleys, width, height);
  const field = new Float32Array(width * height);
  for (let i = 0; i < field.length; i++) {
    if (!mask[i]) continue;
    const depth = binary[i] ? inRidge[i]! : inValley[i]!;
    field[i] = (binary[i] ? 1 : -1) * Math.min(1, (depth - 0.5) / PROFILE_RAMP + 0.1);
  }
  return field;
}
