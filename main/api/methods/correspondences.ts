// candidates.correspondences: the matcher's proposed minutia pairs between a
// candidate and its query print, for the comparison viewers. Reading casework:
// the candidate's case must be in the caller's partner scope.
import { RidgelineError } from '../../core/errors';
import { candidateCorrespondences } from '../../core/matching/correspondences';
import type { MethodImpl } from '../registry';

export const correspondencesMethods = {
  'candidates.correspondences': {
    permission: 'case.read',
    handler: (ctx, { candidateId }) => {
      const session = ctx.session();
      if (!session) throw new RidgelineError('unauthenticated', 'Sign in first');
      return candidateCorrespondences(ctx.workspace, session.partnerIds, candidateId);
    },
  },
} satisfies { [K in 'candidates.correspondences']: MethodImpl<K> };
