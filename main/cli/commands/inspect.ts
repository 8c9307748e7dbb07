// ridgeline inspect FILE: the records, named fields, images, features and
// reader warnings of an ANSI/NIST-ITL transaction file.
import fs from 'node:fs';
import path from 'node:path';
import { RidgelineError } from '../../core/errors';
import { formatInspection, inspectTransaction } from '../../formats/ansi-nist/inspect';
import { readTransaction } from '../../formats/ansi-nist/reader';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { printResult } from '../output';

export function readInputFile(file: string | undefined): Uint8Array {
  if (!file) throw new RidgelineError('invalid-argument', 'FILE is required');
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RidgelineError(code === 'ENOENT' ? 'not-found' : 'invalid-argument', `Cannot read ${file}: ${code ?? String(error)}`);
  }
}

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'Describe an ANSI/NIST-ITL transaction file (records, named fields, images, warnings)',
  usage: 'ridgeline inspect FILE [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'] });
    const file = args.positionals[0];
    const inspection = inspectTransaction(readTransaction(readInputFile(file)));
    printResult(io, args, { file: path.basename(file!), ...inspection }, () => formatInspection(path.basename(file!), inspection));
    return 0;
  },
};
