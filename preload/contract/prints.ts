// Exports of prints out of the encrypted store: explicit, counted against the
// user's daily export limit, and audited as a release of data.
import { z } from 'zod';
import { id } from './cases';
import { byteArray, method } from './define';

export const printExport = z.object({
  printId: id,
  /** A file name without personal data: the print id and finger position. */
  fileName: z.string(),
  mediaType: z.literal('image/png'),
  /** The PNG file; its pHYs chunk carries the resolution. */
  png: byteArray(),
  ppi: z.number().positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** SHA-256 of the PNG file, as recorded in the audit trail. */
  sha256: z.string().length(64),
});
export type PrintExport = z.infer<typeof printExport>;

const allowance = z.object({ used: z.number().int().nonnegative(), limit: z.number().int().nonnegative() });

/** The caller's export allowance for today (UTC), so a confirmation can show what remains before anything is charged. */
export const exportAllowance = z.object({ day: z.string(), prints: allowance, records: allowance });
export type ExportAllowance = z.infer<typeof exportAllowance>;

export const printsContract = {
  'prints.export': method(z.object({ printId: id }).strict(), printExport),
  'exports.allowance': method(z.object({}).strict(), exportAllowance),
};
