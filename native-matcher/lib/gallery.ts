// 1:N search over templates held in native memory. Templates are prepared once
// on add; search runs on every core and reports progress; an AbortSignal
// cancels it (the promise then rejects with code 'cancelled').
import { RidgelineError } from '../../preload/shared/errors';
import { nativeSync, toRidgelineError } from './errors';
import { nativeMatcher, type NativeGallery } from './native';
import type { SearchHit, Template } from './types';

export interface SearchProgress {
  done: number;
  total: number;
}

export interface SearchOptions {
  /** How many candidates to return, best first. */
  top: number;
  signal?: AbortSignal;
  onProgress?: (progress: SearchProgress) => void;
  /** Worker threads; default every core. 1 measures single-core throughput. */
  threads?: number;
}

const cancelled = () => new RidgelineError('cancelled', 'The search was cancelled');

export class Gallery {
  readonly #native: NativeGallery;

  constructor() {
    this.#native = nativeSync(() => new (nativeMatcher().Gallery)());
  }

  /** Adds, or replaces, the template stored under `id`. */
  add(id: string, template: Template): void {
    nativeSync(() => this.#native.add(id, template));
  }

  /** Returns false when nothing was stored under `id`. */
  remove(id: string): boolean {
    return nativeSync(() => this.#native.remove(id));
  }

  has(id: string): boolean {
    return nativeSync(() => this.#native.has(id));
  }

  get size(): number {
    return this.#native.size();
  }

  /** Estimated native memory of the stored templates and their bookkeeping. */
  get memoryBytes(): number {
    return this.#native.memoryBytes();
  }

  /**
   * The `top` best candidates for `probe`, highest score first (ties by id).
   * Runs on a snapshot: adds and removes during the search do not affect it.
   */
  search(probe: Template, options: SearchOptions): Promise<SearchHit[]> {
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.reject(cancelled());
    let settled = false;
    let last = 0;
    // Progress comes from worker threads through a queue and may arrive after
    // the promise settles or out of order; report only fresh, growing counts.
    const report = onProgress
      ? (done: number, total: number) => {
          if (settled || done <= last) return;
          last = done;
          try {
            onProgress({ done, total });
          } catch {
            // A failing progress listener must not break the search.
          }
        }
      : undefined;
    const total = this.size;
    let handle;
    try {
      handle = this.#native.search(probe, options.top, options.threads ?? 0, report);
    } catch (error) {
      return Promise.reject(toRidgelineError(error));
    }
    const { promise, cancel } = handle;
    const onAbort = () => cancel();
    signal?.addEventListener('abort', onAbort, { once: true });
    return promise.then(
      (hits) => {
        if (last < total) report?.(total, total);
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        return hits;
      },
      (error: unknown) => {
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        throw toRidgelineError(error);
      },
    );
  }
}
