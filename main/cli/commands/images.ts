// ridgeline images FILE --out DIR: every image of a transaction decoded to an
// 8-bit grayscale PNG whose pHYs chunk carries the record's resolution.
import fs from 'node:fs';
import path from 'node:path';
import { RidgelineError } from '../../core/errors';
import { defaultDecoders } from '../../formats/ansi-nist/decoders';
import { listImages, type RecordImage } from '../../formats/ansi-nist/image-records';
import { decodeRecordImage } from '../../formats/ansi-nist/images';
import { summarizeImage } from '../../formats/ansi-nist/inspect';
import { readTransaction } from '../../formats/ansi-nist/reader';
import { encodePng } from '../../formats/images';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { printResult } from '../output';
import { readInputFile } from './inspect';

function outputName(base: string, image: RecordImage): string {
  const position = image.positions.length > 0 ? `-fgp${image.positions.join('_')}` : '';
  return `${base}-r${String(image.recordIndex).padStart(2, '0')}-t${image.recordType}${position}.png`;
}

export const imagesCommand: Command = {
  name: 'images',
  summary: 'Decode the images of an ANSI/NIST-ITL transaction to PNG files (with their ppi)',
  usage: 'ridgeline images FILE --out DIR [--fingerprints-only] [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json', 'fingerprints-only'], options: ['out'] });
    const file = args.positionals[0];
    const out = args.options.get('out');
    if (!out) throw new RidgelineError('invalid-argument', '--out DIR is required');
    const read = readTransaction(readInputFile(file));
    fs.mkdirSync(out, { recursive: true });
    const base = path.basename(file!).replace(/\.[^.]+$/, '');
    const written: { file: string; record: number; recordType: number; width: number; height: number; ppi: number; positions: number[] }[] = [];
    const skipped: { record: number; recordType: number; code: string; reason: string }[] = [];
    const images = listImages(read.transaction).filter((i) => i.friction || !args.flags.has('fingerprints-only'));
    for (const image of images) {
      try {
        const gray = await decodeRecordImage(image, defaultDecoders);
        const target = path.join(out, outputName(base, image));
        fs.writeFileSync(target, encodePng(gray));
        written.push({ file: target, record: image.recordIndex, recordType: image.recordType, width: gray.width, height: gray.height, ppi: gray.ppi, positions: image.positions });
      } catch (error) {
        if (!(error instanceof RidgelineError)) throw error;
        skipped.push({ record: image.recordIndex, recordType: image.recordType, code: error.code, reason: error.message });
      }
    }
    const result = { file: path.basename(file!), written, skipped, images: images.map(summarizeImage), warnings: read.warnings };
    printResult(io, args, result, () =>
      [
        ...written.map((w) => `wrote ${w.file} (${w.width}x${w.height} @ ${w.ppi} ppi)`),
        ...skipped.map((s) => `skipped record ${s.record} (Type-${s.recordType}): ${s.reason}`),
        ...read.warnings.map((w) => `warning: ${w.message}`),
        `${written.length} image(s) written, ${skipped.length} skipped`,
      ].join('\n'),
    );
    // Exit 1 when a fingerprint image could not be decoded: the examiner must know.
    return skipped.some((s) => images.find((i) => i.recordIndex === s.record)?.friction) ? 1 : 0;
  },
};
