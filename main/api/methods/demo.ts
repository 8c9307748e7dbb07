// demo.load: seeds the synthetic demo into the open workspace unless it is
// there already, and gives the caller access to the demo partner (the seeding,
// the assignment and their audit entries share one transaction).
import { seedDemo } from '../../core/demo';
import { actorOf } from '../actor';
import type { MethodImpl } from '../registry';

export const demoMethods = {
  'demo.load': {
    permission: 'workspace.demo',
    handler: async (ctx, { seed }) => {
      const userId = ctx.session()?.userId;
      const summary = await seedDemo(ctx.workspace, {
        ...(seed === undefined ? {} : { seed }),
        ...(userId ? { assignToUserIds: [userId] } : {}),
        actor: actorOf(ctx),
      });
      // The caller's partners changed: the session sees the demo partner from the next call.
      ctx.sessions?.refresh();
      return summary;
    },
  },
} satisfies { [K in 'demo.load']: MethodImpl<K> };
