// The CLI never guesses a database key: it comes from --key-file (a file holding
// 64 hex characters) or --key-env NAME (an environment variable holding them).
import fs from 'node:fs';
import { KEY_BYTES } from '../core/db/open';
import { RidgelineError } from '../core/errors';
import type { ParsedArgs } from './args';

export const KEY_OPTIONS = ['key-file', 'key-env'] as const;

export function parseHexKey(text: string, origin: string): Uint8Array {
  const hex = text.trim();
  if (!new RegExp(`^[0-9a-fA-F]{${KEY_BYTES * 2}}$`).test(hex)) {
    throw new RidgelineError('wrong-key', `${origin} must hold ${KEY_BYTES * 2} hexadecimal characters`);
  }
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

export function readKey(args: ParsedArgs): Uint8Array {
  const file = args.options.get('key-file');
  const env = args.options.get('key-env');
  if (file) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new RidgelineError('not-found', `Cannot read key file ${file}: ${(error as Error).message}`);
    }
    return parseHexKey(text, `Key file ${file}`);
  }
  if (env) {
    const value = process.env[env];
    if (!value) throw new RidgelineError('wrong-key', `Environment variable ${env} is not set`);
    return parseHexKey(value, `Environment variable ${env}`);
  }
  throw new RidgelineError('invalid-argument', 'Give the database key with --key-file PATH or --key-env NAME');
}
