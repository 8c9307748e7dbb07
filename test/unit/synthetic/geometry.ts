// Checks of ground truth against pixels, shared by the generator tests.
import type { GrayImage, Minutia } from '../../../preload/shared/fingerprint';

/** Dark (ridge) at (x, y)? Out-of-image counts as not a ridge. */
export function isRidgeAt(image: GrayImage, x: number, y: number, threshold: number): boolean {
  const xi = Math.round(x);
  const yi = Math.round(y);
  if (xi < 0 || yi < 0 || xi >= image.width || yi >= image.height) return false;
  return image.pixels[yi * image.width + xi]! < threshold;
}

/** A point `distance` px from the minutia along angle (screen CCW radians). */
export function along(m: Minutia, angle: number, distance: number): { x: number; y: number } {
  return { x: m.x + distance * Math.cos(angle), y: m.y - distance * Math.sin(angle) };
}

/**
 * Does the image around a minutia look like its type and direction (the
 * convention of types.ts)?
 * Ending: its ridge ahead (along the direction), no ridge behind (past the end).
 * Bifurcation: the merged ridge behind, the valley between the branches
 * straight ahead, and a branch on either side ahead.
 */
export function looksLikeMinutia(image: GrayImage, m: Minutia, threshold: number): boolean {
  const ridge = (angle: number, distance: number) => {
    const p = along(m, m.direction + angle, distance);
    return isRidgeAt(image, p.x, p.y, threshold);
  };
  if (m.type === 'ending') return ridge(0, 5) && !ridge(Math.PI, 5);
  const branchAngles = [0.35, 0.45, 0.55, 0.7, 0.85, 1.0];
  const branch = (side: number) => branchAngles.some((a) => ridge(side * a, 8));
  return ridge(Math.PI, 5) && !ridge(0, 8) && branch(1) && branch(-1);
}

/** Where the one continuing ridge lies from a minutia: ahead of an ending, behind a bifurcation. */
export function continuingRidge(m: Minutia, distance: number): { x: number; y: number } {
  return along(m, m.type === 'ending' ? m.direction : m.direction + Math.PI, distance);
}

export function share(items: readonly boolean[]): number {
  return items.length === 0 ? 0 : items.filter(Boolean).length / items.length;
}

/** Ridge within one pixel of (x, y): tolerant of a sweat pore (a light dot) right at the point. */
export function isRidgeNear(image: GrayImage, x: number, y: number, threshold: number): boolean {
  for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (isRidgeAt(image, x + dx, y + dy, threshold)) return true;
  return false;
}
