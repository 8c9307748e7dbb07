// Administration of accounts, partners and settings (administrators only; the
// registry checks the permission, the core services audit each change).
import { publicRecord } from '../../core/accounts/users';
import { actorOf } from '../actor';
import type { MethodImpl } from '../registry';

export const adminMethods = {
  'admin.users.list': {
    permission: 'accounts.manage',
    handler: (ctx) => ctx.workspace.accounts.users.list().map(publicRecord),
  },
  'admin.users.create': {
    permission: 'accounts.manage',
    handler: async (ctx, input) => publicRecord(await ctx.workspace.accounts.createUser(input, actorOf(ctx))),
  },
  'admin.users.assign': {
    permission: 'accounts.manage',
    handler: (ctx, { userId, roles, partnerIds }) => publicRecord(ctx.workspace.accounts.assign(userId, roles, partnerIds, actorOf(ctx))),
  },
  'admin.users.resetPassword': {
    permission: 'accounts.manage',
    handler: async (ctx, { userId, password }) => publicRecord(await ctx.workspace.accounts.resetPassword(userId, password, actorOf(ctx))),
  },
  'admin.users.unlock': {
    permission: 'accounts.manage',
    handler: (ctx, { userId, reason }) => publicRecord(ctx.workspace.accounts.unlock(userId, reason, actorOf(ctx))),
  },
  'admin.partners.list': {
    permission: 'accounts.manage',
    handler: (ctx) => ctx.workspace.partners.list(),
  },
  'admin.partners.create': {
    permission: 'accounts.manage',
    handler: (ctx, draft) => ctx.workspace.partners.create(draft, actorOf(ctx)),
  },
  'admin.partners.update': {
    permission: 'accounts.manage',
    handler: (ctx, { partnerId, ...draft }) => ctx.workspace.partners.update(partnerId, draft, actorOf(ctx)),
  },
  'admin.settings.get': {
    permission: 'settings.manage',
    handler: (ctx) => ctx.workspace.accounts.settings.all(),
  },
  'admin.settings.update': {
    permission: 'settings.manage',
    handler: (ctx, changes) => ctx.workspace.accounts.updateSettings(changes, actorOf(ctx)),
  },
} satisfies {
  [K in
    | 'admin.users.list'
    | 'admin.users.create'
    | 'admin.users.assign'
    | 'admin.users.resetPassword'
    | 'admin.users.unlock'
    | 'admin.partners.list'
    | 'admin.partners.create'
    | 'admin.partners.update'
    | 'admin.settings.get'
    | 'admin.settings.update']: MethodImpl<K>;
};
