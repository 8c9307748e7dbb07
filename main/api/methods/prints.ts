// prints.export: one print out of the encrypted store as a PNG file for the
// user to save. The print must be in the caller's partner scope (through its
// case, or for a holding through a case in scope that lists it); the export
// counts one print against the caller's daily limit, and its audit entry,
// recording the release (elements, date, recipient), commits with the ledger row.
import { createHash } from 'node:crypto';
import { encodePng } from '../../formats/images';
import { RidgelineError } from '../../core/errors';
import { printAccess } from '../../core/cases/access';
import { actorOf } from '../actor';
import type { MethodImpl } from '../registry';

/** What the PNG file carries: the pixels, the resolution (pHYs) and, in its name, the finger position. */
const EXPORTED_ELEMENTS = ['finger image (PNG)', 'resolution (ppi)', 'finger position (file name)'] as const;

export const printsMethods = {
  'prints.export': {
    permission: 'print.export',
    handler: (ctx, { printId }) => {
      const session = ctx.session();
      if (!session) throw new RidgelineError('unauthenticated', 'Sign in first');
      // Scope and the case's state first (core/cases/lifecycle.ts: a blocked, refused, closed or
      // purged case exports nothing): a print the caller may not see is not-found and costs nothing.
      printAccess(ctx.workspace, session.partnerIds, printId, 'export');
      const image = ctx.workspace.prints.image(printId);
      const print = ctx.workspace.prints.get(printId);
      const png = encodePng({ width: image.width, height: image.height, pixels: image.pixels, ppi: image.ppi });
      const sha256 = createHash('sha256').update(png).digest('hex');
      const fileName = `ridgeline-print-${print.id}-fgp${print.fingerPosition}.png`;
      const at = ctx.clock?.() ?? new Date();
      const actor = actorOf(ctx);
      // The file goes wherever the user saves it: the recipient is this user at this workstation.
      const recipient = `file export by ${session.username} at workstation ${ctx.workstation}`;
      return ctx.workspace.exports.withinExportLimit(actor, { prints: 1, records: 0, recipient }, () => {
        ctx.workspace.audit.record({
          actor,
          event: 'print.exported',
          outcome: 'success',
          objects: [`print:${print.id}`, ...(print.caseId ? [`case:${print.caseId}`] : [])],
          details: { format: 'png', fileName, width: image.width, height: image.height, ppi: image.ppi, printSha256: print.sha256, fileSha256: sha256 },
          release: { recipient, elements: [...EXPORTED_ELEMENTS], date: at.toISOString() },
          at,
        });
        return {
          printId: print.id,
          fileName,
          mediaType: 'image/png' as const,
          png,
          ppi: image.ppi,
          width: image.width,
          height: image.height,
          sha256,
        };
      });
    },
  },
  'exports.allowance': {
    // Whoever may export may know how much of today's allowance is left; reading it charges nothing.
    permission: 'print.export',
    handler: (ctx) => {
      const session = ctx.session();
      if (!session) throw new RidgelineError('unauthenticated', 'Sign in first');
      const used = ctx.workspace.exports.used(session.userId);
      const settings = ctx.workspace.accounts.settings;
      return {
        day: (ctx.clock?.() ?? new Date()).toISOString().slice(0, 10),
        prints: { used: used.prints, limit: settings.get('exportLimitPrintsPerDay') },
        records: { used: used.records, limit: settings.get('exportLimitRecordsPerDay') },
      };
    },
  },
} satisfies { [K in 'prints.export' | 'exports.allowance']: MethodImpl<K> };
