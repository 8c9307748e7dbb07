// The demo: synthetic casework a newcomer can open at once (first start offers it).
import { z } from 'zod';
import { method } from './define';

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
});
export type DemoSummaryDto = z.infer<typeof demoSummary>;

export const demoContract = {
  'demo.load': method(
    z.object({ seed: z.number().int().min(0).max(0xffffffff).optional() }).strict(),
    demoSummary,
  ),
};
