// ridgeline wsq FILE --out X.png|X.raw: decode one WSQ file. A PNG carries the
// resolution (pHYs); a .raw file is the bare 8-bit rows, described on stdout.
import fs from 'node:fs';
import path from 'node:path';
import { RidgelineError } from '../../core/errors';
import { encodePng } from '../../formats/images';
import { decodeWsq } from '../../formats/wsq';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { printResult } from '../output';
import { readInputFile } from './inspect';

export const wsqCommand: Command = {
  name: 'wsq',
  summary: 'Decode a WSQ file to PNG or raw 8-bit grayscale',
  usage: 'ridgeline wsq FILE --out X.png|X.raw [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'], options: ['out'] });
    const file = args.positionals[0];
    const out = args.options.get('out');
    if (!out) throw new RidgelineError('invalid-argument', '--out X.png or X.raw is required');
    const format = path.extname(out).toLowerCase();
    if (format !== '.png' && format !== '.raw') throw new RidgelineError('invalid-argument', '--out must end in .png or .raw');
    const image = await decodeWsq(readInputFile(file));
    fs.writeFileSync(out, format === '.png' ? encodePng(image) : image.pixels);
    const result = { file: path.basename(file!), out, format: format.slice(1), width: image.width, height: image.height, ppi: image.ppi, ppiSource: image.ppiSource, nistcom: image.nistcom };
    printResult(io, args, result, () => `wrote ${out}: ${image.width}x${image.height} @ ${image.ppi} ppi (${image.ppiSource === 'nistcom' ? 'from NISTCOM' : 'assumed'})${format === '.raw' ? ', 8-bit gray rows' : ''}`);
    return 0;
  },
};
