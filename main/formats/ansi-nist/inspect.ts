// A readable description of a transaction for `ridgeline inspect`: every
// record with its fields named, image summaries, Type-9 feature counts and the
// reader's warnings. Binary data is summarised by size, never dumped.
import { positionName } from './codes';
import { BINARY_HEADER_NAMES, fieldName, RECORD_TYPE_NAMES } from './field-names';
import { listImages, type RecordImage } from './image-records';
import type { AnRecord, ReadWarning } from './model';
import { isBinaryField, isSignatureHeader } from './model';
import type { ReadResult } from './reader';
import { tagText } from './tags';
import { readType9Features } from '../efs/type9';

export type FieldValue = string | string[][] | { binaryBytes: number };

export interface InspectedField {
  tag: string;
  mnemonic: string | null;
  name: string | null;
  value: FieldValue;
}

export interface InspectedRecord {
  index: number;
  type: number;
  typeName: string;
  encoding: 'tagged' | 'binary';
  offset: number;
  length: number;
  fields: InspectedField[];
}

export interface ImageSummary {
  record: number;
  recordType: number;
  idc: number;
  positions: { code: number; name: string }[];
  impressionType: number | null;
  width: number;
  height: number;
  ppi: number;
  ppiAssumed: boolean;
  bitsPerPixel: number;
  compression: string;
  compressionLabel: string;
  friction: boolean;
  bytes: number;
}

export interface FeatureSummary {
  record: number;
  idc: number;
  blocks: { block: 'nist-standard' | 'iafis' | 'incits-378' | 'efs'; minutiae: number; cores: number; deltas: number }[];
}

export interface Inspection {
  version: string;
  encoding: string;
  bytes: number;
  records: InspectedRecord[];
  images: ImageSummary[];
  features: FeatureSummary[];
  warnings: ReadWarning[];
}

function valueOf(subfields: string[][]): FieldValue {
  return subfields.length === 1 && subfields[0]!.length === 1 ? subfields[0]![0]! : subfields;
}

function binaryRecordFields(record: Extract<AnRecord, { encoding: 'binary' }>): InspectedField[] {
  const h = record.header;
  const tag = (n: number) => tagText(record.type, n);
  const values: FieldValue[] = isSignatureHeader(h)
    ? [String(record.length), String(record.idc), String(h.sig), String(h.srt), String(h.isr), String(h.hll), String(h.vll), { binaryBytes: record.data.length }]
    : [String(record.length), String(record.idc), String(h.imp), [h.fgp.map(String)], String(h.isr), String(h.hll), String(h.vll), String(h.compression), { binaryBytes: record.data.length }];
  const names = BINARY_HEADER_NAMES[isSignatureHeader(h) ? 'signature' : 'image'];
  return values.map((value, i) => ({ tag: i === values.length - 1 ? tag(999) : tag(i + 1), mnemonic: names[i]!.mnemonic, name: names[i]!.name, value }));
}

export function summarizeImage(image: RecordImage): ImageSummary {
  return {
    record: image.recordIndex,
    recordType: image.recordType,
    idc: image.idc,
    positions: image.positions.map((code) => ({ code, name: positionName(code) })),
    impressionType: image.impressionType,
    width: image.width,
    height: image.height,
    ppi: image.ppi,
    ppiAssumed: image.ppiAssumed,
    bitsPerPixel: image.bitsPerPixel,
    compression: image.compression,
    compressionLabel: image.compressionLabel,
    friction: image.friction,
    bytes: image.data.length,
  };
}

export function inspectTransaction(read: ReadResult): Inspection {
  const records = read.transaction.records.map((record, index): InspectedRecord => {
    const layout = read.layout[index]!;
    const fields =
      record.encoding === 'binary'
        ? binaryRecordFields(record)
        : record.fields.map((f): InspectedField => {
            const name = fieldName(record.type, f.number);
            return {
              tag: tagText(record.type, f.number),
              mnemonic: name?.mnemonic ?? null,
              name: name?.name ?? null,
              value: isBinaryField(f) ? { binaryBytes: f.data.length } : valueOf(f.subfields),
            };
          });
    return { index, type: record.type, typeName: RECORD_TYPE_NAMES[record.type] ?? 'Unknown record type', encoding: record.encoding, offset: layout.offset, length: layout.length, fields };
  });
  const warnings = [...read.warnings];
  const features = readType9Features(read.transaction, (w) => warnings.push(w)).map((f): FeatureSummary => ({
    record: f.recordIndex,
    idc: f.idc,
    blocks: (
      [
        ['nist-standard', f.standard],
        ['iafis', f.iafis],
        ['incits-378', f.incits],
        ['efs', f.efs],
      ] as const
    ).flatMap(([block, b]) => (b ? [{ block, minutiae: b.minutiae.length, cores: b.cores.length, deltas: b.deltas.length }] : [])),
  }));
  const bytes = read.layout.reduce((sum, r) => Math.max(sum, r.offset + r.length), 0);
  return { version: read.version, encoding: read.encoding, bytes, records, images: listImages(read.transaction).map(summarizeImage), features, warnings };
}

const MAX_VALUE_CHARS = 96;

function showValue(value: FieldValue): string {
  if (typeof value === 'string') return value;
  if ('binaryBytes' in value) return `<${value.binaryBytes} bytes>`;
  const text = value.map((items) => items.join(' | ')).join(' ; ');
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}… (${value.length} subfields)` : text;
}

/** The human-readable form of an inspection. */
export function formatInspection(file: string, inspection: Inspection): string {
  const lines = [`${file}: ANSI/NIST-ITL version ${inspection.version || '?'}, ${inspection.records.length} records, text ${inspection.encoding}`];
  for (const record of inspection.records) {
    lines.push('', `Record ${record.index}: Type-${record.type} ${record.typeName} (${record.encoding}, ${record.length} bytes at ${record.offset})`);
    for (const f of record.fields) lines.push(`  ${f.tag.padEnd(8)} ${(f.mnemonic ?? '').padEnd(5)} ${showValue(f.value)}${f.name ? `   [${f.name}]` : ''}`);
  }
  if (inspection.images.length > 0) {
    lines.push('', 'Images:');
    for (const i of inspection.images) {
      const where = i.positions.map((p) => `${p.code} ${p.name}`).join(', ') || 'no position';
      lines.push(`  record ${i.record} Type-${i.recordType}: ${where}; ${i.width}x${i.height} @ ${i.ppi}${i.ppiAssumed ? ' (assumed)' : ''} ppi, ${i.compression} (${i.compressionLabel}), ${i.bytes} bytes`);
    }
  }
  if (inspection.features.length > 0) {
    lines.push('', 'Features:');
    for (const f of inspection.features) {
      lines.push(`  record ${f.record} (IDC ${f.idc}): ${f.blocks.map((b) => `${b.block} ${b.minutiae} minutiae, ${b.cores} cores, ${b.deltas} deltas`).join('; ') || 'no minutiae block read'}`);
    }
  }
  lines.push('', inspection.warnings.length === 0 ? 'No warnings.' : `Warnings (${inspection.warnings.length}):`);
  for (const w of inspection.warnings) lines.push(`  [${w.code}] ${w.message}`);
  return lines.join('\n');
}
