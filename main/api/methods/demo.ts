// demo.load (administrators): seeds the synthetic demo unless it is there
// already: its cases, its partner and one account per role assigned to that
// partner, whose one-time passwords come back in this answer only. Nobody's
// partners change but the demo accounts': the caller gains no scope.
import { seedDemo } from '../../core/demo';
import { actorOf } from '../actor';
import type { MethodImpl } from '../registry';

export const demoMethods = {
  'demo.load': {
    permission: 'workspace.demo',
    handler: (ctx, { seed }) => seedDemo(ctx.workspace, { ...(seed === undefined ? {} : { seed }), actor: actorOf(ctx) }),
  },
} satisfies { [K in 'demo.load']: MethodImpl<K> };
