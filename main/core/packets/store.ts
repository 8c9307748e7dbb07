// Received packets: one row per imported transaction file. Prints made from a
// packet carry its id (prints.packet_id, migration 004).
import type { Db } from '../db/open';
import { notFound } from '../errors';
import { newId } from '../ids';

export interface PacketRecord {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  sender: string;
  controlNumber: string;
  transactionType: string;
  version: string;
  partnerId: string | null;
  receivedAt: string;
  receivedBy: string | null;
  printCount: number;
  warnings: string[];
}

interface PacketRow {
  id: string;
  file_name: string;
  sha256: string;
  size: number;
  sender: string;
  control_number: string;
  transaction_type: string;
  version: string;
  partner_id: string | null;
  received_at: string;
  received_by: string | null;
  print_count: number;
  warnings: string;
}

const toPacket = (row: PacketRow): PacketRecord => ({
  id: row.id,
  fileName: row.file_name,
  sha256: row.sha256,
  size: row.size,
  sender: row.sender,
  controlNumber: row.control_number,
  transactionType: row.transaction_type,
  version: row.version,
  partnerId: row.partner_id,
  receivedAt: row.received_at,
  receivedBy: row.received_by,
  printCount: row.print_count,
  warnings: JSON.parse(row.warnings) as string[],
});

export function createPacketStore(db: Db) {
  const insert = db.prepare(`
    INSERT INTO packets (id, file_name, sha256, size, sender, control_number, transaction_type, version, partner_id,
                         received_at, received_by, print_count, warnings)
    VALUES (@id, @fileName, @sha256, @size, @sender, @controlNumber, @transactionType, @version, @partnerId,
            @receivedAt, @receivedBy, @printCount, @warnings)`);
  const byId = db.prepare('SELECT * FROM packets WHERE id = ?');
  const bySha = db.prepare('SELECT * FROM packets WHERE sha256 = ? ORDER BY received_at');
  const link = db.prepare('UPDATE prints SET packet_id = ? WHERE id = ? AND packet_id IS NULL');
  const printsOf = db.prepare('SELECT id FROM prints WHERE packet_id = ? ORDER BY finger_position, id');
  const intakeBySha = db.prepare('SELECT id, partner_id FROM packets WHERE sha256 = ? AND case_id IS NOT NULL');
  const intakeByTcn = db.prepare('SELECT id FROM packets WHERE partner_id = ? AND control_number = ? AND case_id IS NOT NULL');
  const attach = db.prepare('UPDATE packets SET case_id = ?, signer_fingerprint = ?, partner_references = ? WHERE id = ? AND case_id IS NULL');

  return {
    add(packet: Omit<PacketRecord, 'id'>): string {
      const id = newId('k');
      insert.run({ ...packet, id, warnings: JSON.stringify(packet.warnings) });
      return id;
    },
    linkPrint(packetId: string, printId: string): void {
      if (link.run(packetId, printId).changes !== 1) throw notFound('Unlinked print', printId);
    },
    get(id: string): PacketRecord {
      const row = byId.get(id) as PacketRow | undefined;
      if (!row) throw notFound('Packet', id);
      return toPacket(row);
    },
    /** Earlier imports of the same bytes. */
    withHash: (sha256: string): PacketRecord[] => (bySha.all(sha256) as PacketRow[]).map(toPacket),
    /** The packet taken in earlier with these exact bytes, if any. */
    intakeWithHash: (sha256: string): { id: string; partnerId: string } | null => {
      const row = intakeBySha.get(sha256) as { id: string; partner_id: string } | undefined;
      return row ? { id: row.id, partnerId: row.partner_id } : null;
    },
    /** The packet taken in earlier from this partner under this TCN, if any. */
    intakeWithControlNumber: (partnerId: string, tcn: string): { id: string } | null => (intakeByTcn.get(partnerId, tcn) as { id: string } | undefined) ?? null,
    /** Intake: the packet created this case; who signed it; the partner's references. */
    attachToCase(packetId: string, caseId: string, signerFingerprint: string, references: object): void {
      if (attach.run(caseId, signerFingerprint, JSON.stringify(references), packetId).changes !== 1) throw notFound('Unattached packet', packetId);
    },
    printIds: (packetId: string): string[] => (printsOf.all(packetId) as { id: string }[]).map((r) => r.id),
  };
}
export type PacketStore = ReturnType<typeof createPacketStore>;
