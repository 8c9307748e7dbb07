// Text encodings of tagged fields. Field 1.015 (DCS) names the character set of
// the transaction's text; without it text is 7-bit ASCII. Real files put Latin-1
// bytes in ASCII transactions often enough that we decode them as Latin-1 and say so.
import { Buffer } from 'node:buffer';
import type { ReadWarning } from './model';

export type TextEncoding = 'ascii' | 'latin1' | 'utf-8';

/** Character set indexes of ANSI/NIST-ITL 1-2011 Table 4 (DCS). */
const CHARSET_BY_INDEX: Record<number, TextEncoding | 'utf-16' | 'utf-32'> = {
  0: 'ascii',
  1: 'latin1',
  2: 'utf-16',
  3: 'utf-8',
  4: 'utf-32',
};

export const CHARSET_INDEX: Record<TextEncoding, string> = { ascii: '000', latin1: '001', 'utf-8': '003' };
export const CHARSET_NAME: Record<TextEncoding, string> = { ascii: 'ASCII', latin1: 'Latin', 'utf-8': 'UTF-8' };

/**
 * The encoding named by 1.015 subfields (items: index, name, version). An
 * unknown or unsupported set falls back to Latin-1 with a warning, because
 * every byte decodes in Latin-1 and the separators stay intact.
 */
export function encodingFromDcs(subfields: readonly (readonly string[])[] | undefined, warn: (w: ReadWarning) => void): TextEncoding {
  if (!subfields || subfields.length === 0) return 'ascii';
  let chosen: TextEncoding | null = null;
  for (const items of subfields) {
    const index = Number.parseInt(items[0] ?? '', 10);
    const name = (items[1] ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
    const byIndex = Number.isFinite(index) ? CHARSET_BY_INDEX[index] : undefined;
    const byName = name === 'UTF8' ? 'utf-8' : name.startsWith('LATIN') || name === 'ISO88591' ? 'latin1' : undefined;
    const set = byIndex ?? byName;
    if (set === 'utf-8' || set === 'latin1' || set === 'ascii') {
      // UTF-8 wins over the others: it is the only one of them that is not byte-for-character.
      if (chosen === null || set === 'utf-8') chosen = set;
    } else {
      warn({
        code: 'charset-unsupported',
        message: `Character set ${items.join(' ')} in 1.015 is not decoded; its text is shown as Latin-1`,
        field: '1.015',
      });
    }
  }
  return chosen ?? 'latin1';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/** Decodes one text run; `onInvalid` is told when UTF-8 bytes were not valid. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding, onInvalid: () => void): string {
  if (encoding === 'utf-8') {
    try {
      return utf8.decode(bytes);
    } catch {
      onInvalid();
      return utf8Lenient.decode(bytes);
    }
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** decodeText of bytes[start, end), without a view per call for the single-byte encodings. */
export function decodeTextRange(bytes: Uint8Array, start: number, end: number, encoding: TextEncoding, onInvalid: () => void): string {
  if (encoding === 'utf-8') return decodeText(bytes.subarray(start, end), encoding, onInvalid);
  let text = '';
  // Short values (most fields) are cheaper as char codes than as a Buffer view.
  if (end - start <= 32) {
    for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
    return text;
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
}

/** True when every character of `text` is representable in `encoding`. */
export function encodable(text: string, encoding: TextEncoding): boolean {
  if (encoding === 'utf-8') return true;
  const limit = encoding === 'ascii' ? 0x7f : 0xff;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > limit) return false;
  return true;
}

export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  return encoding === 'utf-8' ? Buffer.from(text, 'utf8') : Buffer.from(text, 'latin1');
}
