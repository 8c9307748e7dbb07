// Print images for the viewers: pixels come from the encrypted store and are
// only served when the signed-in user's partner scope covers the print. A print
// outside the scope answers exactly like a missing one.
import type { PrintImage } from '../core/prints/prints';
import type { Workspace } from '../core/workspace';
import { RidgelineError } from '../core/errors';
import type { SessionManager } from '../core/accounts/sessions';
import { sessionAllows } from '../core/accounts/permissions';

/** What the app origin serves print images from: the core worker, for the asking window's session. */
export interface PrintMediaSource {
  /** The PNG of a print the session may see; rejects with RidgelineError otherwise. */
  printPng(printId: string): Promise<Uint8Array>;
}

export interface PrintImageSource {
  /** The image of a print the caller may see; throws RidgelineError otherwise. */
  printImage(printId: string): PrintImage;
}

/** Who is asking: the partner ids of the current session, or null when nobody is signed in. */
export type ScopeProvider = () => readonly string[] | null;

export function createScopedPrintSource(workspace: Workspace, scope: ScopeProvider): PrintImageSource {
  return {
    printImage(printId) {
      const partners = scope();
      if (!partners) throw new RidgelineError('unauthenticated', 'Sign in first');
      workspace.cases.assertPrintInScope(partners, printId);
      return workspace.prints.image(printId);
    },
  };
}

/**
 * The scope of the window's session for image requests, with the same gates as
 * an API call: nobody signed in, a locked session or account, or a pending
 * password change all see nothing. Refreshing first makes a partner
 * reassignment apply to the very next image.
 */
export function sessionScope(sessions: Pick<SessionManager, 'refresh' | 'current'>): ScopeProvider {
  return () => {
    const user = sessions.refresh();
    const session = sessions.current();
    if (!user || user.lock || user.mustChangePassword || !session || session.locked) return null;
    // Images are casework: the same permission as reading the case they belong to.
    if (!sessionAllows(session.roles, 'case.read')) return null;
    return session.partnerIds;
  };
}
