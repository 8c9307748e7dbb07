// ridgeline search PROBE --gallery DIR --top K [--ppi N] [--json]: 1:N search
// of a probe (image or template) against every print and template in DIR.
import fs from 'node:fs';
import path from 'node:path';
import { RidgelineError } from '../../core/errors';
import { loadPrint, parsePpi } from '../../core/matching/print-file';
import { Gallery, matchThreshold } from '../../../native-matcher';
import { toRidgelineError } from '../../../native-matcher/lib/errors';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { printResult } from '../output';
import { decisionHint } from './compare';

export const searchCommand: Command = {
  name: 'search',
  summary: 'Search a probe print against a folder of prints and templates (top K candidates)',
  usage: 'ridgeline search PROBE --gallery DIR [--top K] [--ppi N] [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'], options: ['gallery', 'top', 'ppi'] });
    const [probeFile, ...extra] = args.positionals;
    const dir = args.options.get('gallery');
    if (!probeFile || !dir || extra.length > 0) throw new RidgelineError('invalid-argument', `Usage: ${this.usage}`);
    const top = Number(args.options.get('top') ?? 10);
    if (!Number.isInteger(top) || top < 1) throw new RidgelineError('invalid-argument', '--top must be a positive integer');
    const ppi = parsePpi(args.options.get('ppi'));
    let entries: string[];
    try {
      entries = fs.readdirSync(dir).sort();
    } catch (error) {
      throw new RidgelineError('not-found', `Cannot read gallery folder ${dir}: ${(error as Error).message}`);
    }

    const probe = await loadPrint(probeFile, { ppi });
    const names = entries.filter((name) => !name.startsWith('.') && fs.statSync(path.join(dir, name)).isFile());
    // Extraction runs on native worker threads: keep a few files in flight.
    const loaded = new Array<Awaited<ReturnType<typeof loadPrint>> | RidgelineError>(names.length);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < names.length; i = next++) {
        // One unreadable file must not sink the search; it is reported instead.
        loaded[i] = await loadPrint(path.join(dir, names[i]!), { ppi }).catch(toRidgelineError);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    const gallery = new Gallery();
    const skipped: { file: string; code: string; message: string }[] = [];
    names.forEach((name, i) => {
      let item = loaded[i]!;
      if (!(item instanceof RidgelineError)) {
        try {
          gallery.add(name, item.template);
          return;
        } catch (error) {
          item = toRidgelineError(error);
        }
      }
      skipped.push({ file: name, code: item.code, message: item.message });
    });
    const started = performance.now();
    const hits = await gallery.search(probe.template, { top });
    const threshold = matchThreshold();
    const result = {
      probe: { file: probe.file, source: probe.source, minutiae: probe.template.minutiae.length },
      gallery: { dir, templates: gallery.size, memoryBytes: gallery.memoryBytes },
      milliseconds: Math.round((performance.now() - started) * 10) / 10,
      threshold: threshold ?? null,
      candidates: hits.map((hit, i) => ({ rank: i + 1, id: hit.id, score: hit.score, hint: decisionHint(hit.score, threshold) })),
      skipped,
    };
    printResult(io, args, result, () =>
      [
        `${gallery.size} gallery prints searched in ${result.milliseconds} ms${threshold === undefined ? '' : ` (threshold ${threshold}; the examiner decides)`}`,
        ...result.candidates.map((c) => `  ${String(c.rank).padStart(3)}. ${c.id}  score ${c.score.toFixed(2)}${c.hint ? `  ${c.hint}` : ''}`),
        ...skipped.map((s) => `  skipped ${s.file}: ${s.code}: ${s.message}`),
      ].join('\n'),
    );
    return 0;
  },
};
