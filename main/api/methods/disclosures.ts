// Disclosures and release through the API. Every check lives in core
// (disclosures.ts, release.ts): the approval's hash binding, the independent
// supervisor, nothing leaving unapproved. Here: partner scope (a case outside
// the caller's partners answers like a missing one), and the outbox folder,
// which main asks the user for; a renderer cannot name where a file goes.
import { approveDisclosure, currentDisclosure, getDisclosure, returnDisclosure, type Disclosure } from '../../core/disclosures/disclosures';
import { notFound, RidgelineError } from '../../core/errors';
import { releaseDisclosure } from '../../core/releases/release';
import type { DisclosureView } from '../../../preload/contract/disclosures';
import { actorOf } from '../actor';
import type { CallContext } from '../context';
import type { MethodImpl } from '../registry';
import { scopeOf } from './cases';

function caller(ctx: CallContext) {
  const session = ctx.session();
  if (!session) throw new RidgelineError('unauthenticated', 'Sign in first');
  return { ...actorOf(ctx), userId: session.userId, roles: session.roles };
}

function inScope(ctx: CallContext, caseId: string): void {
  // summary() throws not-found outside the caller's partners.
  ctx.workspace.cases.summary(scopeOf(ctx), caseId);
}

function disclosureInScope(ctx: CallContext, disclosureId: string): Disclosure {
  const d = getDisclosure(ctx.workspace, caller(ctx), disclosureId);
  if (!scopeOf(ctx).includes(d.partnerId)) throw notFound('Disclosure', disclosureId);
  return d;
}

function view(d: Disclosure): DisclosureView {
  return {
    id: d.id,
    caseId: d.caseId,
    revision: d.revision,
    partnerId: d.partnerId,
    agreementVersion: d.agreementVersion,
    answer: d.answer,
    released: d.content.elements,
    withheld: d.withheld,
    caveats: d.content.caveats,
    contentSha256: d.contentSha256,
    restrictedReason: d.restrictedReason,
    status: d.status,
    draftedAt: d.draftedAt,
    decisions: d.decisions,
  };
}

export const disclosuresMethods = {
  'disclosures.current': {
    permission: 'case.read',
    handler: (ctx, { caseId }) => {
      inScope(ctx, caseId);
      const d = currentDisclosure(ctx.workspace, caller(ctx), caseId);
      return d ? view(d) : null;
    },
  },
  'disclosures.approve': {
    permission: 'disclosure.approve',
    handler: (ctx, input) => {
      disclosureInScope(ctx, input.disclosureId);
      return view(approveDisclosure(ctx.workspace, caller(ctx), input, ctx.clock?.() ?? new Date()));
    },
  },
  'disclosures.return': {
    permission: 'disclosure.approve',
    handler: (ctx, input) => {
      disclosureInScope(ctx, input.disclosureId);
      return view(returnDisclosure(ctx.workspace, caller(ctx), input, ctx.clock?.() ?? new Date()));
    },
  },
  'releases.send': {
    permission: 'release.send',
    handler: async (ctx, { disclosureId }) => {
      disclosureInScope(ctx, disclosureId);
      if (!ctx.chooseOutbox) throw new RidgelineError('unsupported', 'This window cannot ask for an outbox folder');
      const outboxDir = await ctx.chooseOutbox();
      if (!outboxDir) throw new RidgelineError('cancelled', 'No outbox folder chosen: nothing was released');
      const r = await releaseDisclosure(ctx.workspace, caller(ctx), { disclosureId, outboxDir }, ctx.clock?.() ?? new Date());
      return {
        releaseId: r.releaseId,
        fileName: r.file.split(/[\\/]/).pop()!,
        fileSha256: r.fileSha256,
        recipient: r.recipient,
        elements: r.elements,
        releasedAt: r.releasedAt,
        purged: r.purge !== null,
      };
    },
  },
} satisfies { [K in 'disclosures.current' | 'disclosures.approve' | 'disclosures.return' | 'releases.send']: MethodImpl<K> };
