// Packets: taking in a partner's query packet (an OpenPGP message holding an
// ANSI/NIST-ITL transaction). The renderer sends the file's bytes (never a
// path), so it cannot name files on disk. Intake creates the case; a refusal
// answers with code 'refused' and details.reason.
import { z } from 'zod';
import { caseState } from './cases';
import { bytes, method } from './define';

/** 512 MiB: larger than any real query packet. */
export const MAX_PACKET_BYTES = 512 * 1024 * 1024;

export const importId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** Why intake refused a packet (details.reason of a 'refused' error). */
export const refusalReason = z.enum(['unknown-sender', 'bad-signature', 'wrong-recipient', 'corrupt', 'replayed', 'over-budget', 'incomplete']);
export type RefusalReason = z.infer<typeof refusalReason>;

export const partnerReferences = z.object({
  tcn: z.string(),
  tcr: z.string().nullable(),
  originatingAgency: z.string(),
  destinationAgency: z.string(),
  date: z.string(),
  transactionType: z.string(),
  uniqueReference: z.string().nullable(),
  eventReference: z.string().nullable(),
  subjectReference: z.string().nullable(),
  caseType: z.string().nullable(),
});
export type PartnerReferences = z.infer<typeof partnerReferences>;

export const intakeResult = z.object({
  caseId: z.string(),
  packetId: z.string(),
  reference: z.string(),
  partnerId: z.string(),
  purposeCode: z.string(),
  agreementVersion: z.number().int(),
  /** 'received' (searched) or 'blocked' (purpose outside the agreement: a supervisor decides). */
  state: caseState,
  sha256: z.string(),
  references: partnerReferences,
  signerFingerprint: z.string(),
  printCount: z.number().int(),
  candidateCount: z.number().int(),
  skipped: z.array(z.object({ record: z.number().int(), recordType: z.number().int(), reason: z.string() })),
  warnings: z.array(z.string()),
});
export type IntakeResult = z.infer<typeof intakeResult>;

export const importProgress = z.object({
  stage: z.enum(['waiting', 'opening', 'reading', 'decoding', 'extracting', 'searching', 'saving', 'done']),
  fraction: z.number().min(0).max(1),
  done: z.number().int().optional(),
  total: z.number().int().optional(),
});
export type ImportProgressView = z.infer<typeof importProgress>;

export const packetsContract = {
  /** Examiner: take in a received packet; it must come from one of the examiner's partners. */
  'packets.intake': method(
    z
      .object({
        /** The file's base name, for the record; no folders. */
        fileName: z.string().min(1).max(255).regex(/^[^/\\\0]+$/, 'a file name, not a path'),
        /** The file's bytes, as read by the renderer. */
        content: bytes(MAX_PACKET_BYTES),
        /** Chosen by the renderer so it can poll packets.progress while the intake runs. */
        importId: importId.optional(),
      })
      .strict(),
    intakeResult,
  ),
  'packets.progress': method(z.object({ importId }).strict(), importProgress),
};
