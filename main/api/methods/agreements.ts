// Partner agreements: examiners, supervisors and auditors read the agreements
// of their partners; supervisors write new versions. Outside the caller's
// partners an agreement answers exactly like a missing one.
import { CATALOGUE_SOURCE, CATEGORY_NOTE, dataElements } from '../../core/agreements/catalogue';
import { protectedClasses } from '../../core/agreements/protected-classes';
import { notFound } from '../../core/errors';
import { actorOf } from '../actor';
import type { CallContext } from '../context';
import type { MethodImpl } from '../registry';
import { scopeOf } from './cases';

function inScope(ctx: CallContext, partnerId: string): void {
  if (!scopeOf(ctx).includes(partnerId)) throw notFound('Partner', partnerId);
}

export const agreementsMethods = {
  'agreements.list': {
    permission: 'agreement.read',
    handler: (ctx) => ctx.workspace.agreements.list(scopeOf(ctx)),
  },
  'agreements.get': {
    permission: 'agreement.read',
    handler: (ctx, { partnerId, version }) => {
      inScope(ctx, partnerId);
      if (version !== undefined) return ctx.workspace.agreements.version(partnerId, version);
      const current = ctx.workspace.agreements.current(partnerId);
      if (!current) throw notFound('Agreement of partner', partnerId);
      return current;
    },
  },
  'agreements.history': {
    permission: 'agreement.read',
    handler: (ctx, { partnerId }) => {
      inScope(ctx, partnerId);
      return ctx.workspace.agreements.history(partnerId);
    },
  },
  'agreements.set': {
    permission: 'agreement.manage',
    handler: (ctx, { partnerId, expectedVersion, terms, comment }) => {
      inScope(ctx, partnerId);
      return ctx.workspace.agreements.set(actorOf(ctx), { partnerId, expectedVersion, terms, comment }, ctx.clock?.() ?? new Date());
    },
  },
  'agreements.catalogue': {
    permission: 'agreement.read',
    handler: () => ({
      source: CATALOGUE_SOURCE,
      note: CATEGORY_NOTE,
      elements: dataElements.map((e) => ({ id: e.id, label: e.label, type2Field: e.type2Field })),
      protectedClasses: protectedClasses.map((c) => ({ id: c.id, label: c.label, special: c.special })),
    }),
  },
  'agreements.workstationKey': {
    permission: 'agreement.read',
    handler: async (ctx) => {
      const key = await ctx.workspace.workstationKeys.publicKey();
      return { fingerprint: key.fingerprint, publicKey: key.publicKey, createdAt: key.createdAt };
    },
  },
} satisfies {
  [K in 'agreements.list' | 'agreements.get' | 'agreements.history' | 'agreements.set' | 'agreements.catalogue' | 'agreements.workstationKey']: MethodImpl<K>;
};
