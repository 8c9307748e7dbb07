// The demo: synthetic casework and one account per role, so a newcomer can see
// every role's view at once. Only an administrator loads it (first start offers
// it on the administration screen).
import { z } from 'zod';
import { method } from './define';
import { role } from './session';

export const demoAccount = z.object({
  username: z.string(),
  displayName: z.string(),
  roles: z.array(role),
  /** What the account shows in the demo. */
  shows: z.string(),
  /** Shown this once; the account must change it at first sign-in. */
  initialPassword: z.string(),
});
export type DemoAccountDto = z.infer<typeof demoAccount>;

export const demoSummary = z.object({
  /** False when the workspace already held the demo (nothing changed). */
  created: z.boolean(),
  partnerId: z.string(),
  caseIds: z.array(z.string()),
  holdingCount: z.number().int(),
  queryPrintCount: z.number().int(),
  /** 'ground-truth': scores derived from the generator's ground truth, not from the matcher. */
  candidateScores: z.enum(['matcher', 'ground-truth']),
  seed: z.number().int(),
  /** The demo accounts created by this call, with their one-time passwords; empty if the demo was there already. */
  accounts: z.array(demoAccount),
});
export type DemoSummaryDto = z.infer<typeof demoSummary>;

export const demoContract = {
  'demo.load': method(
    z.object({ seed: z.number().int().min(0).max(0xffffffff).optional() }).strict(),
    demoSummary,
  ),
};
