// The raw addon surface as the C++ bindings define it (src/matcher/napi/).
// Only the wrapper in this folder talks to it; everyone else imports index.ts.
import { loadAddon } from './load';
import type { ComparisonResult, Features, GrayImage, SearchHit, Template } from './types';

export interface NativeSearch {
  promise: Promise<SearchHit[]>;
  cancel(): void;
}

export interface NativeGallery {
  add(id: string, template: Template): void;
  remove(id: string): boolean;
  has(id: string): boolean;
  size(): number;
  memoryBytes(): number;
  /** threads: 0 = every hardware thread. */
  search(probe: Template, top: number, threads: number, onProgress?: (done: number, total: number) => void): NativeSearch;
}

export interface NativeMatcher {
  extract(image: GrayImage): Promise<Features>;
  compare(probe: Template, candidate: Template): Promise<ComparisonResult>;
  Gallery: new () => NativeGallery;
  /** The calibrated decision threshold of the comparison stage. */
  matchThreshold: number;
}

export function nativeMatcher(): NativeMatcher {
  return loadAddon<NativeMatcher>();
}
