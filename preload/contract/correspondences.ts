// Proposed minutia correspondences of a candidate: the native matcher's pairs,
// shown to the examiner as proposals to confirm or reject, never as a decision.
import { z } from 'zod';
import { id } from './cases';
import { method } from './define';

/** A minutia in its print's source-image pixels; direction in radians, CCW on screen. */
const minutiaPosition = z.object({ x: z.number(), y: z.number(), direction: z.number() });

export const proposedPair = z.object({
  /** 1-based number drawn next to both minutiae of the pair (strongest pair first). */
  index: z.number().int().positive(),
  query: minutiaPosition,
  candidate: minutiaPosition,
  /** The pair's contribution to the score. */
  weight: z.number(),
});
export type ProposedPair = z.infer<typeof proposedPair>;

export const proposedCorrespondences = z.object({
  score: z.number(),
  /** The calibrated decision threshold; scores at or above it are suggested matches. */
  threshold: z.number(),
  aboveThreshold: z.boolean(),
  pairs: z.array(proposedPair),
  /** Maps query pixels onto candidate pixels: scale, rotate (screen CCW radians), translate. */
  transform: z.object({ rotation: z.number(), dx: z.number(), dy: z.number(), scale: z.number() }),
  queryMinutiaCount: z.number().int().nonnegative(),
  candidateMinutiaCount: z.number().int().nonnegative(),
});
export type ProposedCorrespondences = z.infer<typeof proposedCorrespondences>;

export const correspondencesContract = {
  'candidates.correspondences': method(z.object({ candidateId: id }).strict(), proposedCorrespondences),
};
