// ridgeline extract IMG [--ppi N] [--json] [--out FILE [--format rdlt|iso19794-2|ansi378]]
import fs from 'node:fs';
import { RidgelineError } from '../../core/errors';
import { decodePrintImage, parsePpi, parseRawSize, readFileBytes } from '../../core/matching/print-file';
import { encodeTemplate, type TemplateFormat } from '../../formats/templates';
import { extract } from '../../../native-matcher';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { printResult } from '../output';

const FORMATS: readonly TemplateFormat[] = ['rdlt', 'iso19794-2', 'ansi378'];

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Extract minutiae from a fingerprint image (TIFF, PNG, BMP, JPEG, raw); --ppi overrides the stated resolution',
  usage: 'ridgeline extract IMG [--ppi N] [--raw WIDTHxHEIGHT] [--json] [--out FILE] [--format rdlt|iso19794-2|ansi378]',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'], options: ['ppi', 'raw', 'out', 'format'] });
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0) throw new RidgelineError('invalid-argument', `Usage: ${this.usage}`);
    const format = (args.options.get('format') ?? 'rdlt') as TemplateFormat;
    if (!FORMATS.includes(format)) throw new RidgelineError('invalid-argument', `--format must be one of ${FORMATS.join(', ')}`);
    const image = await decodePrintImage(readFileBytes(file), { ppi: parsePpi(args.options.get('ppi')), raw: parseRawSize(args.options.get('raw')) });
    const started = performance.now();
    const { template, roi } = await extract(image);
    const milliseconds = performance.now() - started;
    const out = args.options.get('out');
    if (out) fs.writeFileSync(out, encodeTemplate(template, format));
    const counts = { ending: 0, bifurcation: 0, other: 0 };
    for (const m of template.minutiae) counts[m.type]++;
    const result = {
      file,
      image: { width: image.width, height: image.height, ppi: image.ppi },
      milliseconds: Math.round(milliseconds * 10) / 10,
      template,
      roi: { blockSize: roi.blockSize, columns: roi.columns, rows: roi.rows, foreground: Buffer.from(roi.foreground).toString('base64') },
      ...(out ? { written: { file: out, format } } : {}),
    };
    printResult(io, args, result, () =>
      [
        `${file}: ${image.width}x${image.height} at ${image.ppi} ppi`,
        `  ${template.minutiae.length} minutiae (${counts.ending} ridge endings, ${counts.bifurcation} bifurcations${counts.other ? `, ${counts.other} other` : ''}) in ${result.milliseconds} ms`,
        out ? `  template written to ${out} (${format})` : '',
      ].filter(Boolean).join('\n'),
    );
    return 0;
  },
};
