// Disclosures and release: the drafted response of a case (what will be
// released, what is withheld and by which rule, the caveats, the content
// hash), the supervisor's decision bound to that hash, and the release into
// the outbox folder main asks the user for (the renderer never names a path).
import { z } from 'zod';
import { id } from './cases';
import { method } from './define';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const disclosureView = z.object({
  id: z.string(),
  caseId: z.string(),
  revision: z.number().int(),
  partnerId: z.string(),
  agreementVersion: z.number().int(),
  answer: z.enum(['match', 'no-match']),
  released: z.array(z.object({ element: z.string(), label: z.string(), value: z.string() })),
  withheld: z.array(z.object({ element: z.string(), label: z.string(), rule: z.string() })),
  caveats: z.array(z.string()),
  contentSha256: sha256,
  /** The reason behind a protected "no match": only supervisors and auditors receive it (null for everyone else). */
  restrictedReason: z.string().nullable(),
  status: z.enum(['drafted', 'approved', 'returned', 'released']),
  draftedAt: z.string(),
  decisions: z.array(z.object({ decision: z.enum(['approved', 'returned']), contentSha256: sha256, comment: z.string(), decidedBy: z.string(), decidedAt: z.string() })),
});
export type DisclosureView = z.infer<typeof disclosureView>;

const decisionInput = z.object({ disclosureId: id, contentSha256: sha256, comment: z.string().max(2000) }).strict();

export const disclosuresContract = {
  'disclosures.current': method(z.object({ caseId: id }).strict(), disclosureView.nullable()),
  'disclosures.approve': method(decisionInput, disclosureView),
  'disclosures.return': method(decisionInput, disclosureView),
  // No path argument: main asks the user for the outbox folder and writes the file itself.
  'releases.send': method(
    z.object({ disclosureId: id }).strict(),
    z.object({
      releaseId: z.string(),
      fileName: z.string(),
      fileSha256: sha256,
      recipient: z.string(),
      elements: z.array(z.string()),
      releasedAt: z.string(),
      purged: z.boolean(),
    }),
  ),
} as const;
