// Packets: importing a received ANSI/NIST-ITL transaction file. The renderer
// sends the file's bytes (never a path), so it cannot name files on disk.
import { z } from 'zod';
import { id, printSummary } from './cases';
import { bytes, method } from './define';

/** 512 MiB: larger than any real fingerprint transaction. */
export const MAX_PACKET_BYTES = 512 * 1024 * 1024;

export const importId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const packetImportResult = z.object({
  packetId: z.string(),
  sha256: z.string(),
  sender: z.string(),
  controlNumber: z.string(),
  /** Packets imported earlier from the same bytes. */
  duplicateOf: z.array(z.string()),
  prints: z.array(printSummary),
  annotationCount: z.number().int(),
  skipped: z.array(z.object({ record: z.number().int(), recordType: z.number().int(), reason: z.string() })),
  warnings: z.array(z.string()),
});
export type PacketImportResult = z.infer<typeof packetImportResult>;

export const importProgress = z.object({
  stage: z.enum(['waiting', 'reading', 'decoding', 'saving', 'done']),
  fraction: z.number().min(0).max(1),
  done: z.number().int().optional(),
  total: z.number().int().optional(),
});
export type ImportProgressView = z.infer<typeof importProgress>;

export const packetsContract = {
  'packets.import': method(
    z
      .object({
        /** The file's base name, for the print's source; no folders. */
        fileName: z.string().min(1).max(255).regex(/^[^/\\\0]+$/, 'a file name, not a path'),
        /** The file's bytes, as read by the renderer. */
        content: bytes(MAX_PACKET_BYTES),
        partnerId: id.nullable().default(null),
        caseId: id.nullable().default(null),
        /** Chosen by the renderer so it can poll packets.progress while the import runs. */
        importId: importId.optional(),
      })
      .strict(),
    packetImportResult,
  ),
  'packets.progress': method(z.object({ importId }).strict(), importProgress),
};
