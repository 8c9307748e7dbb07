// Imports one ANSI/NIST-ITL transaction file into the workspace: every friction
// ridge image becomes a print with its finger position, impression, resolution
// and source (file name + record), marked foreign-provided; Type-9 features
// that describe an imported image become its annotations. Reading and decoding
// happen first (reporting progress); the database writes — packet, prints,
// annotations and the audit entry — happen in one transaction, so a failed
// import leaves nothing behind.
import { createHash } from 'node:crypto';
import type { PrintSummary } from '../../../preload/contract/cases';
import { impressionCategory, positionName } from '../../formats/ansi-nist/codes';
import { firstItem } from '../../formats/ansi-nist/fields';
import { listImages, type RecordImage } from '../../formats/ansi-nist/image-records';
import { decodeRecordImage, type ImageDecoders } from '../../formats/ansi-nist/images';
import { readTransaction } from '../../formats/ansi-nist/reader';
import { annotationsFromFeatures, bestFeatures } from '../../formats/efs/annotations';
import { readType9Features } from '../../formats/efs/type9';
import type { GrayImage } from '../../../preload/shared/fingerprint';
import { RidgelineError } from '../errors';
import { nowUtc } from '../ids';
import type { Workspace } from '../workspace';
import { checkPacketBudget } from './budget';
import { createPacketStore } from './store';

export type ImportStage = 'reading' | 'decoding' | 'saving' | 'done';

export interface ImportProgress {
  stage: ImportStage;
  /** 0..1 over the whole import. */
  fraction: number;
  /** Images decoded so far and in all (decoding stage). */
  done?: number;
  total?: number;
}

export interface PacketImportInput {
  fileName: string;
  bytes: Uint8Array;
  partnerId: string | null;
  caseId: string | null;
  /** Prints from a partner's packet are foreign-provided; a local enrolment file is not. */
  foreignProvided: boolean;
  receivedBy: string | null;
}

export interface SkippedImage {
  record: number;
  recordType: number;
  reason: string;
}

export interface PacketImportResult {
  packetId: string;
  sha256: string;
  sender: string;
  controlNumber: string;
  /** Earlier packets with the same bytes; the import goes ahead, the examiner decides. */
  duplicateOf: string[];
  prints: PrintSummary[];
  annotationCount: number;
  skipped: SkippedImage[];
  warnings: string[];
}

export interface PacketImportOptions {
  decoders: ImageDecoders;
  onProgress?(progress: ImportProgress): void;
  /** Called inside the database transaction, so the audit entry commits with the import. */
  audit?(result: PacketImportResult): void;
  /** Cancels between images. */
  signal?: AbortSignal;
}

const READ_SHARE = 0.1;
const DECODE_SHARE = 0.85;
/** Largest file we open (2 GiB): beyond that a packet is not a fingerprint transaction. */
export const MAX_PACKET_BYTES = 2 ** 31;

function label(image: RecordImage): string {
  const position = image.positions[0] ?? 0;
  return `${positionName(position)} (FGP ${image.positions.join('/') || '0'}), Type-${image.recordType}`;
}

export async function importPacket(ws: Workspace, input: PacketImportInput, options: PacketImportOptions): Promise<PacketImportResult> {
  if (input.bytes.length > MAX_PACKET_BYTES) throw new RidgelineError('bad-file', `${input.fileName} is larger than any fingerprint transaction we accept`);
  const progress = (p: ImportProgress) => options.onProgress?.(p);
  progress({ stage: 'reading', fraction: 0 });
  const read = readTransaction(input.bytes, { onProgress: (at, total) => progress({ stage: 'reading', fraction: (READ_SHARE * at) / Math.max(1, total) }) });
  const warnings = read.warnings.map((w) => w.message);
  const type1 = read.transaction.records[0]!;
  const images = listImages(read.transaction).filter((i) => i.friction);
  // Refused before any image is decoded: the budget reads only sizes and headers.
  checkPacketBudget(images);
  const features = readType9Features(read.transaction, (w) => warnings.push(w.message));

  const decoded: { image: RecordImage; gray: GrayImage }[] = [];
  const skipped: SkippedImage[] = [];
  for (const [i, image] of images.entries()) {
    if (options.signal?.aborted) throw new RidgelineError('cancelled', 'The import was cancelled');
    try {
      decoded.push({ image, gray: await decodeRecordImage(image, options.decoders) });
    } catch (error) {
      if (!(error instanceof RidgelineError)) throw error;
      // An image we cannot decode is reported, not fatal: the other prints are still evidence.
      skipped.push({ record: image.recordIndex, recordType: image.recordType, reason: `${error.code}: ${error.message}` });
    }
    progress({ stage: 'decoding', fraction: READ_SHARE + (DECODE_SHARE * (i + 1)) / images.length, done: i + 1, total: images.length });
  }

  progress({ stage: 'saving', fraction: READ_SHARE + DECODE_SHARE });
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const packets = createPacketStore(ws.db);
  const sender = firstItem(type1, 8) ?? '';
  const controlNumber = firstItem(type1, 9) ?? '';
  const result = ws.db.transaction((): PacketImportResult => {
    // Only this partner's earlier packets: another partner's would reveal that they sent the same file.
    const duplicateOf = packets.withHash(sha256).filter((p) => p.partnerId === input.partnerId).map((p) => p.id);
    const packetId = packets.add({
      fileName: input.fileName,
      sha256,
      size: input.bytes.length,
      sender,
      controlNumber,
      transactionType: firstItem(type1, 4) ?? '',
      version: read.version,
      partnerId: input.partnerId,
      receivedAt: nowUtc(),
      receivedBy: input.receivedBy,
      printCount: decoded.length,
      warnings,
    });
    let annotationCount = 0;
    const prints = decoded.map(({ image, gray }) => {
      const printId = ws.prints.add({
        caseId: input.caseId,
        partnerId: input.partnerId,
        role: 'query',
        label: label(image),
        fingerPosition: image.positions[0] ?? 0,
        impressionType: impressionCategory(image.impressionType),
        width: gray.width,
        height: gray.height,
        ppi: gray.ppi,
        pixels: gray.pixels,
        source: `${input.fileName} record ${image.recordIndex} (Type-${image.recordType})`,
        foreignProvided: input.foreignProvided,
      });
      packets.linkPrint(packetId, printId);
      const described = features.find((f) => f.idc === image.idc);
      const block = described ? bestFeatures(described) : null;
      if (block) {
        const drafts = annotationsFromFeatures(block, { origin: 'examiner', author: `${sender || 'sender'} (packet)` });
        ws.annotations.addMany(drafts.map((d) => ({ ...d, printId })));
        annotationCount += drafts.length;
      }
      return ws.prints.get(printId);
    });
    const outcome: PacketImportResult = { packetId, sha256, sender, controlNumber, duplicateOf, prints, annotationCount, skipped, warnings };
    options.audit?.(outcome);
    return outcome;
  })();
  progress({ stage: 'done', fraction: 1 });
  return result;
}
