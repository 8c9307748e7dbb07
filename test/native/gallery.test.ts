// The 1:N gallery: contents, ranking identical to 1:1 scores, parallel search
// with progress, cancellation, and searches isolated from later mutation.
import { describe, expect, it } from 'vitest';
import { compare, Gallery, type Template } from '../../native-matcher';
import { codeOf, moved, randomTemplate, seeded } from './matcher-fixtures';

describe('Gallery', () => {
  const next = seeded(42);
  const population = Array.from({ length: 60 }, () => randomTemplate(next, 30 + Math.floor(next() * 30)));

  function filled(copies = 1): Gallery {
    const gallery = new Gallery();
    for (let c = 0; c < copies; c++) population.forEach((t, i) => gallery.add(`person-${i}${c ? `-copy-${c}` : ''}`, t));
    return gallery;
  }

  it('adds, replaces, removes and accounts memory', () => {
    const gallery = new Gallery();
    expect(gallery.size).toBe(0);
    const empty = gallery.memoryBytes;
    gallery.add('a', population[0]!);
    gallery.add('b', population[1]!);
    expect(gallery.size).toBe(2);
    const two = gallery.memoryBytes;
    expect(two).toBeGreaterThan(empty);
    gallery.add('a', population[2]!); // same id: replaced, not duplicated
    expect(gallery.size).toBe(2);
    expect(gallery.has('a')).toBe(true);
    expect(gallery.remove('a')).toBe(true);
    expect(gallery.remove('a')).toBe(false);
    expect(gallery.has('a')).toBe(false);
    expect(gallery.size).toBe(1);
    expect(gallery.memoryBytes).toBeLessThan(two);
  });

  it('finds the mate first among many and ranks exactly by the 1:1 score', async () => {
    const gallery = filled();
    const probe = moved(population[17]!, -2.4, 30, 10, seeded(3));
    const hits = await gallery.search(probe, { top: 5 });
    expect(hits).toHaveLength(5);
    expect(hits[0]!.id).toBe('person-17');
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    for (const hit of hits) {
      const index = Number(hit.id.slice('person-'.length));
      expect(hit.score).toBeCloseTo((await compare(probe, population[index]!)).score, 9);
    }
  });

  it('gives the same answer on one thread as on all', async () => {
    const gallery = filled(10);
    const probe = population[3]!;
    expect(await gallery.search(probe, { top: 30, threads: 1 })).toEqual(await gallery.search(probe, { top: 30 }));
  });

  it('returns everything when top exceeds the gallery, and nothing from an empty one', async () => {
    expect(await filled().search(population[0]!, { top: 1000 })).toHaveLength(population.length);
    expect(await new Gallery().search(population[0]!, { top: 3 })).toEqual([]);
  });

  it('reports growing progress that ends at the gallery size', async () => {
    const gallery = filled(20);
    const seen: number[] = [];
    await gallery.search(population[0]!, { top: 3, onProgress: ({ done, total }) => {
      expect(total).toBe(gallery.size);
      seen.push(done);
    } });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[seen.length - 1]).toBe(gallery.size);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThan(seen[i - 1]!);
  });

  it('survives a progress listener that throws, and an abort after the search settled', async () => {
    const gallery = filled(5);
    const controller = new AbortController();
    const hits = await gallery.search(population[1]!, {
      top: 1,
      signal: controller.signal,
      onProgress: () => {
        throw new Error('listener bug');
      },
    });
    controller.abort();
    expect(hits[0]!.id.startsWith('person-1')).toBe(true);
  });

  it('is cancelled by an AbortSignal, before or during the search', async () => {
    const gallery = filled(20);
    const before = new AbortController();
    before.abort();
    expect(await codeOf(gallery.search(population[0]!, { top: 3, signal: before.signal }))).toBe('cancelled');
    const during = new AbortController();
    const search = gallery.search(population[0]!, { top: 3, signal: during.signal });
    during.abort();
    expect(await codeOf(search)).toBe('cancelled');
    // The gallery is still usable afterwards.
    expect(await gallery.search(population[0]!, { top: 1 })).toHaveLength(1);
  });

  it('searches a snapshot: removing entries mid-search neither crashes nor hides them from that search', async () => {
    const gallery = filled(10);
    const probe: Template = population[9]!;
    const pending = gallery.search(probe, { top: 3 });
    for (let c = 0; c < 10; c++) gallery.remove(`person-9${c ? `-copy-${c}` : ''}`);
    const hits = await pending;
    expect(hits).toHaveLength(3);
    for (const hit of hits) expect(hit.id.startsWith('person-9')).toBe(true);
    expect(gallery.has('person-9')).toBe(false);
    expect((await gallery.search(probe, { top: 1 }))[0]!.id.startsWith('person-9')).toBe(false);
  });

  it('runs concurrent searches independently', async () => {
    const gallery = filled(5);
    const results = await Promise.all(population.slice(0, 6).map((p) => gallery.search(p, { top: 1 })));
    results.forEach((hits, i) => expect(hits[0]!.id.startsWith(`person-${i}`)).toBe(true));
  });
});
