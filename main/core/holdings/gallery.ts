// The holdings gallery: every holding print's template in the native 1:N
// gallery, loaded once per open workspace on first search and kept in step with
// enrolments. Searching returns, for each query template, the best holdings.
import { Gallery } from '../../../native-matcher';
import type { SearchHit } from '../../../native-matcher';
import type { Template } from '../../../preload/shared/fingerprint';
import type { Db } from '../db/open';
import { holdingTemplates } from './templates';

/** Candidates kept per query print. */
export const CANDIDATES_PER_QUERY = 5;

interface Entry {
  gallery: Gallery;
  loadMs: number;
}

const galleries = new WeakMap<Db, Entry>();

function entryOf(db: Db): Entry {
  let entry = galleries.get(db);
  if (!entry) {
    const started = performance.now();
    const gallery = new Gallery();
    for (const { printId, template } of holdingTemplates(db)) gallery.add(printId, template);
    entry = { gallery, loadMs: performance.now() - started };
    galleries.set(db, entry);
  }
  return entry;
}

export const holdingsGallery = {
  /** Loads the gallery now (e.g. at start-up) instead of at the first search; returns its size and load time. */
  warm(db: Db): { size: number; loadMs: number; memoryBytes: number } {
    const entry = entryOf(db);
    return { size: entry.gallery.size, loadMs: entry.loadMs, memoryBytes: entry.gallery.memoryBytes };
  },
  /** After an enrolment commits: the new holding becomes searchable. */
  add(db: Db, printId: string, template: Template): void {
    const entry = galleries.get(db);
    // Not loaded yet: the first search loads it from the database, new holding included.
    if (entry) entry.gallery.add(printId, template);
  },
  remove(db: Db, printId: string): void {
    galleries.get(db)?.gallery.remove(printId);
  },
  /** The best holdings for each query template, in the templates' order. */
  async search(db: Db, templates: readonly Template[], top = CANDIDATES_PER_QUERY, signal?: AbortSignal): Promise<SearchHit[][]> {
    const { gallery } = entryOf(db);
    if (gallery.size === 0) return templates.map(() => []);
    const results: SearchHit[][] = [];
    // One probe at a time: each search already uses every core.
    for (const template of templates) results.push(await gallery.search(template, signal ? { top, signal } : { top }));
    return results;
  },
};
