// Agreements for tests: a version in force for a partner, written as a supervisor would.
import type { AgreementTerms } from '../../preload/contract/agreements';
import { DEFAULT_RETENTION } from '../../main/core/agreements/agreements';
import type { Workspace } from '../../main/core/workspace';

export const TEST_TERMS: AgreementTerms = {
  purposeCodes: ['CRIM-INV', 'MISSING-PERSON'],
  releasableElements: [
    { element: 'last-name', category: null },
    { element: 'first-name', category: null },
    { element: 'date-of-birth', category: null },
  ],
  caveats: ['For the stated purpose only.'],
  retention: DEFAULT_RETENTION,
  partnerPublicKey: null,
};

const system = { userId: null, username: null, workstation: 'ws-test-01' };

/** Writes the next agreement version of `partnerId` (terms merged over TEST_TERMS). */
export async function setTestAgreement(ws: Workspace, partnerId: string, terms: Partial<AgreementTerms> = {}) {
  const expectedVersion = ws.agreements.current(partnerId)?.version ?? 0;
  return ws.agreements.set(system, { partnerId, expectedVersion, terms: { ...TEST_TERMS, ...terms }, comment: 'test agreement' });
}
