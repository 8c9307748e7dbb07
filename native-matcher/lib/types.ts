// The matcher's own result types. The fingerprint value types (image, minutia,
// template) live in preload/shared/fingerprint.ts, which every layer may import.
import type { GrayImage, Minutia, MinutiaType, Template } from '../../preload/shared/fingerprint';

// Re-exported for the matcher's public API (native-matcher/index.ts) and for
// branches that still import them from here.
export type { GrayImage, Minutia, MinutiaType, Template };

/** One flag per block of blockSize x blockSize source pixels (1 = fingerprint). */
export interface RoiMask {
  blockSize: number;
  columns: number;
  rows: number;
  foreground: Uint8Array;
}

export interface Features {
  template: Template;
  roi: RoiMask;
  /**
   * Print quality 0..100, NFIQ-style (higher is better): ridge clarity x usable area x reliable
   * minutiae (native-matcher/src/matcher/extract/quality.h). Under ~20 a print rarely matches;
   * show it next to the print. Each minutia's own `quality` (0..100) is in the template.
   */
  quality: number;
}

export interface MinutiaPair {
  /** Index into the probe template's minutiae. */
  probe: number;
  /** Index into the candidate template's minutiae. */
  candidate: number;
  /** Contribution to the score, for display. */
  weight: number;
}

/** Maps probe pixels onto candidate pixels: scale, then rotate (radians, screen CCW), then translate. */
export interface AlignmentTransform {
  rotation: number;
  dx: number;
  dy: number;
  scale: number;
}

export interface ComparisonResult {
  score: number;
  pairs: MinutiaPair[];
  transform: AlignmentTransform;
}

export interface SearchHit {
  id: string;
  score: number;
}
