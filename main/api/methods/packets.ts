// Importing received packets. The handler checks partner and case scope before
// anything is written; the import and its audit entry commit together.
import { importPacket } from '../../core/packets/import';
import { importProgressBoard } from '../../core/packets/progress';
import { RidgelineError } from '../../core/errors';
import { defaultDecoders } from '../../formats/ansi-nist/decoders';
import { actorOf } from '../actor';
import type { MethodImpl } from '../registry';
import { scopeOf } from './cases';

export const packetsMethods = {
  'packets.import': {
    permission: 'packet.import',
    handler: async (ctx, { fileName, content, partnerId, caseId, importId }) => {
      const session = ctx.session();
      const scope = scopeOf(ctx);
      let partner = partnerId;
      if (caseId) {
        // Throws not-found outside the caller's partners, exactly like reading the case.
        const target = ctx.workspace.cases.summary(scope, caseId);
        if (partner && partner !== target.partnerId) throw new RidgelineError('invalid-argument', 'The case belongs to another partner');
        partner = target.partnerId;
      }
      if (partner && !scope.includes(partner)) throw new RidgelineError('forbidden', 'You are not assigned to this partner', { partnerId: partner });
      const sessionId = session?.id ?? 'none';
      const track = importId ? (p: Parameters<typeof importProgressBoard.update>[2]) => importProgressBoard.update(sessionId, importId, p) : undefined;
      try {
        return await importPacket(
          ctx.workspace,
          { fileName, bytes: content, partnerId: partner, caseId, foreignProvided: partner !== null, receivedBy: session?.userId ?? null },
          {
            decoders: defaultDecoders,
            onProgress: track,
            audit: (result) =>
              ctx.workspace.audit.record({
                actor: actorOf(ctx),
                event: 'packet.imported',
                outcome: 'success',
                objects: [`packet:${result.packetId}`, ...(caseId ? [`case:${caseId}`] : []), ...result.prints.map((p) => `print:${p.id}`)],
                details: { fileName, sha256: result.sha256, size: content.length, sender: result.sender, controlNumber: result.controlNumber, skipped: result.skipped.length, warnings: result.warnings.length },
              }),
          },
        );
      } finally {
        if (importId) importProgressBoard.finish(sessionId, importId);
      }
    },
  },
  'packets.progress': {
    permission: 'packet.import',
    handler: (ctx, { importId }) => importProgressBoard.get(ctx.session()?.id ?? 'none', importId) ?? { stage: 'waiting', fraction: 0 },
  },
} satisfies { [K in 'packets.import' | 'packets.progress']: MethodImpl<K> };
