// The exchange in tests: synthetic fingers, a holdings enrolment transaction, a
// partner with an agreement and an OpenPGP key pair, and query packets built
// as that partner would (make-query).
import * as openpgp from 'openpgp';
import { frictionImageRecord, transaction, type2Record } from '../../main/formats/ansi-nist/builders';
import { writeTransaction } from '../../main/formats/ansi-nist/writer';
import { dataElement, PROTECTED_CLASS_FIELD, type DataElementId } from '../../main/core/agreements/catalogue';
import { makeQueryPacket, type MakeQueryInput } from '../../main/core/packets/make-query';
import { generateMasterFinger, renderImpression } from '../../main/core/synthetic';
import type { GrayImage } from '../../preload/shared/fingerprint';
import type { Workspace } from '../../main/core/workspace';
import { setTestAgreement } from './agreements';
import { partnerKeyPair, type PartnerKeyPair } from './partner-keys';

/** Two impressions of one synthetic finger: an enrolment and a query. */
export function syntheticFinger(seed: number): { enrolled: GrayImage; query: GrayImage } {
  const master = generateMasterFinger({ seed });
  const enrolled = renderImpression(master, { seed: seed + 1, visibleFraction: 0.95, noise: 3 }).image;
  const query = renderImpression(master, { seed: seed + 2, rotation: 0.2, dx: 10, dy: -6, visibleFraction: 0.8, noise: 6 }).image;
  return { enrolled, query };
}

export function enrolmentTransaction(input: { tcn: string; image: GrayImage; fingerPosition?: number; elements?: Partial<Record<DataElementId, string>>; protectedClasses?: string[] }): Uint8Array {
  const fields: { number: number; subfields: string[][] }[] = Object.entries(input.elements ?? {}).map(([id, value]) => ({ number: dataElement(id as DataElementId).type2Field, subfields: [[value!]] }));
  if (input.protectedClasses?.length) fields.push({ number: PROTECTED_CLASS_FIELD, subfields: input.protectedClasses.map((c) => [c]) });
  return writeTransaction(
    transaction({ typeOfTransaction: 'ENR', date: '20261101', destinationAgency: 'RIDGELINE', originatingAgency: 'HOLDINGS', controlNumber: input.tcn }, [
      type2Record(0, fields),
      frictionImageRecord({
        idc: 1,
        recordType: 14,
        impression: 0,
        sourceAgency: 'HOLDINGS',
        captureDate: '20261101',
        width: input.image.width,
        height: input.image.height,
        ppi: input.image.ppi,
        compression: 'NONE',
        positions: [input.fingerPosition ?? 2],
        data: input.image.pixels,
      }),
    ]),
  );
}

export interface ExchangePartner {
  partnerId: string;
  keys: PartnerKeyPair;
  /** A query packet from this partner to the workspace's workstation key. */
  packet(over?: Partial<MakeQueryInput>): Promise<Uint8Array>;
}

export async function exchangePartner(ws: Workspace, partnerId: string, queries: readonly GrayImage[], over: { purposeCodes?: string[] } = {}): Promise<ExchangePartner> {
  if (!ws.partners.get(partnerId)) ws.partners.add({ id: partnerId, name: `Partner ${partnerId}`, country: 'AA' });
  const keys = await partnerKeyPair(`${partnerId} liaison`);
  await setTestAgreement(ws, partnerId, { partnerPublicKey: keys.publicKey, ...(over.purposeCodes ? { purposeCodes: over.purposeCodes } : {}) });
  const recipientKey = (await ws.workstationKeys.publicKey()).publicKey;
  let counter = 0;
  return {
    partnerId,
    keys,
    packet: (o = {}) =>
      makeQueryPacket({
        prints: queries.map((image, i) => ({ image, fingerPosition: i + 2 })),
        tcn: `${partnerId.toUpperCase()}-TCN-${++counter}`,
        purposeCode: 'CRIM-INV',
        originatingAgency: `${partnerId.toUpperCase()}ORI`,
        destinationAgency: 'RIDGELINE',
        uniqueReference: `REF-${counter}`,
        eventReference: `EV-${counter}`,
        compression: 'none',
        signingKey: keys.privateKey,
        recipientKey,
        ...o,
      }),
  };
}

/** A transaction signed by a partner and encrypted to a workstation, as a received packet (no compression). */
export async function sealPacket(content: Uint8Array, keys: { signingKey: string; recipientKey: string }): Promise<Uint8Array> {
  const signingKeys = await openpgp.readPrivateKey({ armoredKey: keys.signingKey });
  const encryptionKeys = await openpgp.readKey({ armoredKey: keys.recipientKey });
  const message = await openpgp.createMessage({ binary: content });
  return (await openpgp.encrypt({ message, encryptionKeys, signingKeys, format: 'binary' })) as Uint8Array;
}
