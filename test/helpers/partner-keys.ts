// A partner's OpenPGP key pair for tests (Curve25519: generated in milliseconds).
import * as openpgp from 'openpgp';

export interface PartnerKeyPair {
  publicKey: string;
  privateKey: string;
}

export async function partnerKeyPair(name = 'Partner A liaison'): Promise<PartnerKeyPair> {
  const { publicKey, privateKey } = await openpgp.generateKey({ type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ name }], format: 'armored' });
  return { publicKey, privateKey };
}
