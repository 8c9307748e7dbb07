// Packet intake: an examiner takes in a partner's packet. Only the agreements
// of the examiner's partners may have signed it; the intake and its audit entry
// commit together, and a refusal is audited with its reason.
import { intakePacket } from '../../core/packets/intake';
import { importProgressBoard } from '../../core/packets/progress';
import { defaultDecoders } from '../../formats/ansi-nist/decoders';
import { actorOf } from '../actor';
import type { MethodImpl } from '../registry';
import { scopeOf } from './cases';

export const packetsMethods = {
  'packets.intake': {
    permission: 'packet.import',
    handler: async (ctx, { fileName, content, importId }) => {
      const session = ctx.session();
      const sessionId = session?.id ?? 'none';
      try {
        const result = await intakePacket(
          ctx.workspace,
          actorOf(ctx),
          { fileName, bytes: content, partnerIds: scopeOf(ctx), receivedBy: session?.userId ?? null },
          {
            decoders: defaultDecoders,
            ...(importId ? { onProgress: (p) => importProgressBoard.update(sessionId, importId, p) } : {}),
            ...(ctx.clock ? { now: ctx.clock } : {}),
          },
        );
        const { printIds, timings: _timings, ...rest } = result;
        return { ...rest, printCount: printIds.length };
      } finally {
        if (importId) importProgressBoard.finish(sessionId, importId);
      }
    },
  },
  'packets.progress': {
    permission: 'packet.import',
    handler: (ctx, { importId }) => importProgressBoard.get(ctx.session()?.id ?? 'none', importId) ?? { stage: 'waiting', fraction: 0 },
  },
} satisfies { [K in 'packets.intake' | 'packets.progress']: MethodImpl<K> };
