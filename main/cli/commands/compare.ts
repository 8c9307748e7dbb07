// ridgeline compare A B [--ppi N] [--json]: one explained comparison. The
// score and the threshold are a suggestion for the examiner, not a conclusion.
import { RidgelineError } from '../../core/errors';
import { loadPrint, parsePpi } from '../../core/matching/print-file';
import { compare, matchThreshold } from '../../../native-matcher';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { printResult } from '../output';

export function decisionHint(score: number, threshold: number | undefined): string | null {
  if (threshold === undefined) return null;
  return score >= threshold ? 'above threshold' : 'below threshold';
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'Compare two prints (images or template files): score, paired minutiae, alignment',
  usage: 'ridgeline compare A B [--ppi N] [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'], options: ['ppi'] });
    const [first, second, ...extra] = args.positionals;
    if (!first || !second || extra.length > 0) throw new RidgelineError('invalid-argument', `Usage: ${this.usage}`);
    const ppi = parsePpi(args.options.get('ppi'));
    const [probe, candidate] = await Promise.all([loadPrint(first, { ppi }), loadPrint(second, { ppi })]);
    const comparison = await compare(probe.template, candidate.template);
    const threshold = matchThreshold();
    const result = {
      probe: { file: probe.file, source: probe.source, minutiae: probe.template.minutiae.length },
      candidate: { file: candidate.file, source: candidate.source, minutiae: candidate.template.minutiae.length },
      score: comparison.score,
      threshold: threshold ?? null,
      hint: decisionHint(comparison.score, threshold),
      transform: comparison.transform,
      pairs: comparison.pairs.map((pair) => {
        const p = probe.template.minutiae[pair.probe]!;
        const c = candidate.template.minutiae[pair.candidate]!;
        return { ...pair, probeAt: { x: p.x, y: p.y }, candidateAt: { x: c.x, y: c.y } };
      }),
    };
    printResult(io, args, result, () => {
      const degrees = (comparison.transform.rotation * 180) / Math.PI;
      return [
        `score ${comparison.score.toFixed(2)}${threshold === undefined ? '' : ` (${result.hint}: threshold ${threshold}; the examiner decides)`}`,
        `${comparison.pairs.length} paired minutiae; alignment: rotate ${degrees.toFixed(1)} deg, shift (${comparison.transform.dx.toFixed(1)}, ${comparison.transform.dy.toFixed(1)}) px, scale ${comparison.transform.scale.toFixed(3)}`,
        ...result.pairs.map(
          (pair) =>
            `  probe #${pair.probe} (${pair.probeAt.x.toFixed(0)}, ${pair.probeAt.y.toFixed(0)}) <-> candidate #${pair.candidate} (${pair.candidateAt.x.toFixed(0)}, ${pair.candidateAt.y.toFixed(0)})  weight ${pair.weight.toFixed(2)}`,
        ),
      ].join('\n');
    });
    return 0;
  },
};
