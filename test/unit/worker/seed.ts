// A workspace on disk for the core worker tests: partner pt_a, an
// administrator and an examiner (password already changed) assigned to it, and
// one case with a query print; pt_a's agreement holds its OpenPGP key, so
// packets it signs to the workstation key are taken in. Seeded through the core services, then closed:
// the worker opens it as the app would.
import { openWorkspace } from '../../../main/core/workspace';
import { exchangePartner } from '../../helpers/intake-exchange';
import { tempDir, testKey } from '../../helpers/workspace';

export const WORKSTATION = 'ws-worker-01';
export const EXAMINER = { username: 'examiner', password: 'correct horse battery' };

export interface SeededWorkspace {
  dir: string;
  key: Uint8Array;
  queryPrintId: string;
  pixels: Uint8Array;
  /** pt_a's armored private key and the workstation's public key: what sealPacket needs. */
  packetKeys: { signingKey: string; recipientKey: string };
}

export async function seedWorkerWorkspace(): Promise<SeededWorkspace> {
  const dir = tempDir('ridgeline-worker-');
  const key = testKey();
  const ws = openWorkspace({ dir, key, create: true });
  try {
    ws.partners.add({ id: 'pt_a', name: 'Partner A', country: 'AA' });
    const partner = await exchangePartner(ws, 'pt_a', []);
    const packetKeys = { signingKey: partner.keys.privateKey, recipientKey: (await ws.workstationKeys.publicKey()).publicKey };
    const admin = await ws.accounts.setupAdministrator({ username: 'admin', displayName: 'Administrator', password: 'supervising passphrase 1' }, WORKSTATION);
    const by = { userId: admin.id, username: admin.username, workstation: WORKSTATION };
    const initial = 'initial passphrase 42';
    const examiner = await ws.accounts.createUser({ username: EXAMINER.username, displayName: 'Examiner', password: initial, roles: ['examiner'], partnerIds: ['pt_a'] }, by);
    await ws.accounts.changePassword(examiner.id, initial, EXAMINER.password, WORKSTATION);
    const caseId = ws.cases.create({ reference: 'W-1', partnerId: 'pt_a', purposeCode: 'CRIM-INV', foreignProvided: true });
    const pixels = Uint8Array.from({ length: 8 * 6 }, (_, i) => (i * 29) % 256);
    const queryPrintId = ws.prints.add({
      caseId, partnerId: 'pt_a', role: 'query', label: 'Query R-index', fingerPosition: 2, impressionType: 'plain',
      width: 8, height: 6, ppi: 500, pixels, source: 'test', foreignProvided: true,
    });
    return { dir, key, queryPrintId, pixels, packetKeys };
  } finally {
    ws.close();
  }
}
