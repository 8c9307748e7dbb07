// Print images for the viewers: pixels come from the encrypted store and are
// only served when the signed-in user's partner scope covers the print. A print
// outside the scope answers exactly like a missing one.
import type { PrintImage } from '../core/prints/prints';
import type { Workspace } from '../core/workspace';
import { notFound, RidgelineError } from '../core/errors';
import { printAccess } from '../core/cases/access';
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
      // Scope, the case's state (a blocked case shows nothing) and, for a candidate, the analysis first.
      printAccess(workspace, partners, printId, 'view');
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

/** Longest edge of an image served to the viewers: enough to examine on screen, not the stored original. */
export const DISPLAY_MAX_EDGE = 1024;

/** Box-filter reduction so that neither edge exceeds `maxEdge`; smaller images are returned as they are. */
export function displayResolution(image: PrintImage, maxEdge = DISPLAY_MAX_EDGE): PrintImage {
  const factor = Math.ceil(Math.max(image.width, image.height) / maxEdge);
  if (factor <= 1) return image;
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const pixels = new Uint8Array(width * height);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * image.width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += image.pixels[row + dx]!;
      }
      pixels[y * width + x] = Math.round(sum / area);
    }
  }
  return { width, height, ppi: image.ppi / factor, pixels };
}

export interface ViewerIdentity {
  userId: string;
  username: string;
  partnerIds: readonly string[];
}

/**
 * The print images of the ridgeline:// route: the same gates as an API read
 * (session, case.read, partner scope, the case state's allow-list, analysis
 * before candidates), nothing of a case blocked at intake,
 * an audit entry written before any pixel is produced (no entry, no image),
 * and display resolution only. Every refusal looks like a missing print.
 */
export function createDisplayPrintSource(workspace: Workspace, viewer: () => ViewerIdentity | null, workstation: string): PrintImageSource {
  return {
    printImage(printId) {
      const who = viewer();
      if (!who) throw new RidgelineError('unauthenticated', 'Sign in first');
      // Scope, the case's state allow-list (core/cases/access.ts) and, for a candidate, the analysis first.
      try {
        printAccess(workspace, who.partnerIds, printId, 'view');
      } catch (error) {
        // A case blocked at intake shows nothing: its prints answer like missing ones.
        if (error instanceof RidgelineError && error.code === 'conflict' && error.details?.['state'] === 'blocked') throw notFound('Print', printId);
        throw error;
      }
      const print = workspace.prints.get(printId);
      workspace.audit.record({
        actor: { userId: who.userId, username: who.username, workstation },
        event: 'print.viewed',
        outcome: 'success',
        objects: [`print:${printId}`, ...(print.caseId ? [`case:${print.caseId}`] : [])],
        details: { maxEdge: DISPLAY_MAX_EDGE },
      });
      return displayResolution(workspace.prints.image(printId));
    },
  };
}

/** The window session's identity for image requests, with sessionScope's gates. */
export function sessionViewer(sessions: Pick<SessionManager, 'refresh' | 'current'>): () => ViewerIdentity | null {
  const scope = sessionScope(sessions);
  return () => {
    const partnerIds = scope();
    const session = sessions.current();
    return partnerIds && session ? { userId: session.userId, username: session.username, partnerIds } : null;
  };
}
