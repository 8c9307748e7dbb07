// 1:1 operations: extraction and explained comparison, both on native worker
// threads so the JS thread (Electron main, CLI) never blocks.
import { native } from './errors';
import { nativeMatcher } from './native';
import type { ComparisonResult, Features, GrayImage, Template } from './types';

/** Minutiae and region of interest of an 8-bit grayscale image. */
export function extract(image: GrayImage): Promise<Features> {
  return native(() => nativeMatcher().extract(image));
}

/**
 * Compares two templates: score (symmetric), paired minutiae (probe index ->
 * candidate index) and the transform aligning the probe onto the candidate.
 */
export function compare(a: Template, b: Template): Promise<ComparisonResult> {
  return native(() => nativeMatcher().compare(a, b));
}
