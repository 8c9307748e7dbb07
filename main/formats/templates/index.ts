// Template files: our RDLT format and the ISO/IEC 19794-2:2005 and ANSI INCITS
// 378-2004 interchange records. decodeTemplate recognises the format itself.
import type { Template } from '../../../preload/shared/fingerprint';
import { RidgelineError } from '../../../preload/shared/errors';
import { readAnsi378, writeAnsi378 } from './ansi378';
import { readIso19794_2, writeIso19794_2 } from './iso19794-2';
import { isRdlt, readRdlt, writeRdlt } from './rdlt';
import { recordToTemplate, templateToRecord, type FingerMinutiaeRecord, type ViewDescription } from './record';

export type TemplateFormat = 'rdlt' | 'iso19794-2' | 'ansi378';

export { readAnsi378, writeAnsi378 } from './ansi378';
export { readIso19794_2, writeIso19794_2 } from './iso19794-2';
export { readRdlt, writeRdlt, RDLT_VERSION } from './rdlt';
export { recordToTemplate, templateToRecord, type FingerMinutiaeRecord, type ViewDescription } from './record';
export type { FingerView } from './finger-view';

const FMR = [0x46, 0x4d, 0x52, 0x00];

/**
 * Which format `bytes` claim to be, or null. ISO and ANSI share their first
 * eight bytes; ISO then holds a 4-byte record length, ANSI a 2-byte one
 * followed by the CBEFF product owner, so only ISO's reads as a length that
 * fits the file.
 */
export function detectTemplateFormat(bytes: Uint8Array): TemplateFormat | null {
  if (isRdlt(bytes)) return 'rdlt';
  if (bytes.length < 12 || FMR.some((b, i) => bytes[i] !== b)) return null;
  const isoLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8);
  return isoLength >= 24 && isoLength <= bytes.length ? 'iso19794-2' : 'ansi378';
}

export function readFingerMinutiaeRecord(bytes: Uint8Array): FingerMinutiaeRecord {
  const format = detectTemplateFormat(bytes);
  if (format === 'iso19794-2') return readIso19794_2(bytes);
  if (format === 'ansi378') return readAnsi378(bytes);
  throw new RidgelineError('bad-file', 'not an ISO/IEC 19794-2 or ANSI INCITS 378 finger minutiae record');
}

/** Decodes any supported template file; interchange records give their first view. */
export function decodeTemplate(bytes: Uint8Array, viewIndex = 0): Template {
  const format = detectTemplateFormat(bytes);
  if (format === null) throw new RidgelineError('bad-file', 'not a template file (RDLT, ISO/IEC 19794-2 or ANSI INCITS 378)');
  if (format === 'rdlt') return readRdlt(bytes);
  return recordToTemplate(readFingerMinutiaeRecord(bytes), viewIndex);
}

export function encodeTemplate(template: Template, format: TemplateFormat, view: ViewDescription = {}): Uint8Array {
  switch (format) {
    case 'rdlt':
      return writeRdlt(template);
    case 'iso19794-2':
      return writeIso19794_2(templateToRecord(template, 'iso19794-2:2005', view));
    case 'ansi378':
      return writeAnsi378(templateToRecord(template, 'ansi378:2004', view));
  }
}
