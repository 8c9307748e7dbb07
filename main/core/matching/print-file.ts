// Loads what the matcher compares from a file: a template file (RDLT, ISO/IEC
// 19794-2, ANSI INCITS 378) is decoded; anything else is decoded as an image
// and its minutiae extracted. Used by the CLI's extract, compare and search.
import fs from 'node:fs';
import { extract, type Features, type GrayImage, type Template } from '../../../native-matcher';
import { RidgelineError } from '../errors';
import { decodeTemplate, detectTemplateFormat, type TemplateFormat } from '../../formats/templates';
import { decodeImageAsync } from '../../formats/images';

export interface LoadedPrint {
  file: string;
  source: TemplateFormat | 'image';
  template: Template;
  /** Only for images: the extraction's region of interest and timing. */
  features?: Features;
}

/** Files larger than this are not prints or templates; refuse before reading them whole. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

export function readFileBytes(file: string): Uint8Array {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new RidgelineError('invalid-argument', `${file} is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof RidgelineError) throw error;
    throw new RidgelineError('not-found', `Cannot read ${file}: ${(error as Error).message}`, { file });
  }
  if (size > MAX_FILE_BYTES) throw new RidgelineError('bad-file', `${file} is ${size} bytes, too large for a print`, { file });
  return new Uint8Array(fs.readFileSync(file));
}

export interface PrintOptions {
  /** Resolution to use, overriding what the image states: the examiner knows the capture. */
  ppi?: number;
  /** Dimensions of headerless raw 8-bit pixels; other formats are recognised by content. */
  raw?: { width: number; height: number };
}

export async function decodePrintImage(bytes: Uint8Array, options: PrintOptions = {}): Promise<GrayImage> {
  const hint = options.raw ? { format: 'raw' as const, ...options.raw } : {};
  const { width, height, pixels, ppi } = await decodeImageAsync(bytes, hint);
  return { width, height, pixels, ppi: options.ppi ?? ppi };
}

export async function loadPrint(file: string, options: PrintOptions = {}): Promise<LoadedPrint> {
  const bytes = readFileBytes(file);
  const format = options.raw ? null : detectTemplateFormat(bytes);
  if (format) return { file, source: format, template: decodeTemplate(bytes) };
  const features = await extract(await decodePrintImage(bytes, options));
  return { file, source: 'image', template: features.template, features };
}

/** Parses --raw WIDTHxHEIGHT. */
export function parseRawSize(text: string | undefined): { width: number; height: number } | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d{1,5})x(\d{1,5})$/.exec(text);
  if (!match) throw new RidgelineError('invalid-argument', `--raw must be WIDTHxHEIGHT, not '${text}'`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** Parses a --ppi value: a resolution the matcher accepts, or undefined when absent. */
export function parsePpi(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ppi = Number(text);
  if (!(Number.isFinite(ppi) && ppi >= 50 && ppi <= 10000)) throw new RidgelineError('invalid-argument', `--ppi must be a number from 50 to 10000, not '${text}'`);
  return ppi;
}
