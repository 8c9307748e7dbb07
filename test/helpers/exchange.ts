// An exchange scene for disclosure and release tests: a partner with an
// agreement and an OpenPGP key pair, users in each role, and a verified case
// with query prints (the casework before disclosure is not under test here).
import type { Role } from '../../main/core/accounts/roles';
import type { SubjectRecord } from '../../main/core/disclosures/filter';
import type { Workspace } from '../../main/core/workspace';
import type { AgreementTerms } from '../../preload/contract/agreements';
import { setTestAgreement } from './agreements';
import { partnerKeyPair, type PartnerKeyPair } from './partner-keys';
import { createTestWorkspace, tempDir } from './workspace';

export const WORKSTATION = 'ws-test-01';

export interface ExchangeScene {
  ws: Workspace;
  dir: string;
  key: Uint8Array;
  partner: PartnerKeyPair;
  outbox: string;
  users: Record<'examiner' | 'verifier' | 'supervisor' | 'supervisor2' | 'auditor' | 'otherExaminer', { userId: string; username: string; workstation: string; roles: Role[] }>;
}

function addUser(ws: Workspace, username: string, roles: Role[], partnerIds: string[]) {
  const userId = ws.accounts.users.create({ username, displayName: username, passwordHash: 'x', mustChangePassword: false, roles, partnerIds, now: new Date().toISOString() });
  return { userId, username, workstation: WORKSTATION, roles };
}

export async function exchangeScene(terms: Partial<AgreementTerms> = {}): Promise<ExchangeScene> {
  const { ws, dir, key } = createTestWorkspace();
  const partner = await partnerKeyPair();
  ws.partners.add({ id: 'pa', name: 'Partner A', country: 'PA' });
  ws.partners.add({ id: 'pb', name: 'Partner B', country: 'PB' });
  await setTestAgreement(ws, 'pa', { partnerPublicKey: partner.publicKey, ...terms });
  const users = {
    examiner: addUser(ws, 'examiner', ['examiner'], ['pa']),
    verifier: addUser(ws, 'verifier', ['examiner'], ['pa']),
    supervisor: addUser(ws, 'supervisor', ['supervisor'], ['pa']),
    supervisor2: addUser(ws, 'supervisor2', ['supervisor'], ['pa']),
    auditor: addUser(ws, 'auditor', ['auditor'], ['pa', 'pb']),
    otherExaminer: addUser(ws, 'other', ['examiner'], ['pb']),
  };
  return { ws, dir, key, partner, outbox: tempDir('ridgeline-outbox-'), users };
}

/** A case already verified, with one query print (pixels given, or a gradient). */
export function verifiedCase(scene: ExchangeScene, reference: string, pixels?: Uint8Array): string {
  const { ws } = scene;
  const caseId = ws.cases.create({ reference, partnerId: 'pa', purposeCode: 'CRIM-INV', foreignProvided: true });
  const width = 64;
  const height = 64;
  ws.prints.add({
    caseId, partnerId: 'pa', role: 'query', label: 'Query R-thumb', fingerPosition: 1, impressionType: 'plain',
    width, height, ppi: 500, pixels: pixels ?? Uint8Array.from({ length: width * height }, (_, i) => (i * 7) % 251),
    source: 'packet', foreignProvided: true,
  });
  const version = ws.agreements.current('pa')!.version;
  ws.db.prepare("UPDATE cases SET state = 'verified', agreement_version = ? WHERE id = ?").run(version, caseId);
  return caseId;
}

export const subject = (overrides: Partial<SubjectRecord> = {}): SubjectRecord => ({
  id: 's_1',
  elements: { 'last-name': 'OKAFOR', 'first-name': 'ADA', 'date-of-birth': '19800214', 'passport-nationality': 'NGA', 'watchlist-indicator': 'N' },
  protectedClasses: [],
  ...overrides,
});
