// Why a packet is refused at intake. Every refusal is a RidgelineError with code
// 'refused' and details.reason, audited, and leaves nothing in the workspace.
import { RidgelineError } from '../errors';

export const refusalReasons = [
  'unknown-sender', // signed by a key no agreement of the user's partners holds
  'bad-signature', // unsigned, or the signature does not verify
  'wrong-recipient', // not encrypted to this workstation's key
  'corrupt', // not an OpenPGP message, does not decrypt, or not a readable transaction
  'replayed', // the same packet bytes, or the same partner's TCN, was received before
  'over-budget', // more images, pixels or compression than any real packet
  'incomplete', // a readable transaction that is not a query (no purpose code, no prints, no TCN)
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

export class PacketRefusal extends RidgelineError {
  constructor(
    readonly reason: RefusalReason,
    message: string,
    /** For the audit entry only; never returned to the caller. */
    readonly auditDetails: Record<string, unknown> = {},
  ) {
    super('refused', message, { reason });
    this.name = 'PacketRefusal';
  }
}
