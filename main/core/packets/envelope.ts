// Opening a packet's OpenPGP envelope (openpgp.js): it must be encrypted to this
// workstation's key and signed by the key of an agreement the user's partners
// hold. Each failure is a distinct refusal; nothing is trusted before the
// signature verifies.
import type { Key } from 'openpgp';
import type { AgreementVersion } from '../agreements/agreements';
import { pgp } from '../agreements/pgp';
import type { WorkstationKeys } from '../agreements/keys';
import { PacketRefusal } from './refusal';

export interface OpenedEnvelope {
  /** The signed, decrypted content: an ANSI/NIST-ITL transaction. */
  content: Uint8Array;
  agreement: AgreementVersion;
  /** Fingerprint of the partner key that signed. */
  signerFingerprint: string;
  /** Key id the signature names (upper-case hex). */
  signerKeyId: string;
}

const ARMOR = '-----BEGIN PGP MESSAGE-----';

function looksArmored(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1').trimStart();
  return head.startsWith(ARMOR);
}

/**
 * Opens `bytes` against the agreements in force that hold a partner key
 * (`agreements`: only those of the user's partners, so a packet from any other
 * partner is an unknown sender to this user).
 */
export async function openEnvelope(bytes: Uint8Array, keys: WorkstationKeys, agreements: readonly AgreementVersion[]): Promise<OpenedEnvelope> {
  const openpgp = await pgp();
  let message;
  try {
    message = looksArmored(bytes)
      ? await openpgp.readMessage({ armoredMessage: Buffer.from(bytes).toString('utf8') })
      : await openpgp.readMessage({ binaryMessage: bytes });
  } catch (error) {
    throw new PacketRefusal('corrupt', 'The file is not an OpenPGP message (damaged, truncated, or not a packet)', { cause: (error as Error).message });
  }

  const ours = await keys.publicKey();
  const recipients = message.getEncryptionKeyIDs().map((id) => id.toHex().toUpperCase());
  if (recipients.length === 0) throw new PacketRefusal('corrupt', 'The packet is not encrypted; partners must encrypt packets to this workstation’s key');
  if (!recipients.some((id) => ours.keyIds.includes(id))) {
    throw new PacketRefusal('wrong-recipient', 'The packet is encrypted to another key, not to this workstation’s key', { recipients, ours: ours.fingerprint });
  }

  const candidates: { agreement: AgreementVersion; key: Key; keyIds: string[] }[] = [];
  for (const agreement of agreements) {
    if (!agreement.partnerPublicKey) continue;
    const key = await openpgp.readKey({ armoredKey: agreement.partnerPublicKey });
    candidates.push({ agreement, key, keyIds: key.getKeyIDs().map((id) => id.toHex().toUpperCase()) });
  }

  const privateKey = await keys.privateKey();
  // First decrypt without trusting anything, to learn who claims to have signed.
  let decrypted;
  try {
    decrypted = await openpgp.decrypt({ message, decryptionKeys: privateKey, format: 'binary' });
  } catch (error) {
    const cause = (error as Error).message;
    // It decrypted, but the signed content's signature packets are broken: altered after signing.
    if (/signature/i.test(cause)) throw new PacketRefusal('bad-signature', 'The packet’s signature is damaged: the content was altered after it was signed', { cause });
    throw new PacketRefusal('corrupt', 'The packet does not decrypt with this workstation’s key (damaged or tampered with)', { cause: (error as Error).message });
  }
  const signature = decrypted.signatures[0];
  if (!signature) throw new PacketRefusal('bad-signature', 'The packet is not signed; only packets signed by a partner’s agreed key are accepted');
  const signerKeyId = signature.keyID.toHex().toUpperCase();
  const signer = candidates.find((c) => c.keyIds.includes(signerKeyId));
  if (!signer) {
    throw new PacketRefusal('unknown-sender', 'The packet is signed by a key that no agreement of your partners holds', { signerKeyId });
  }
  // Then verify against that partner's agreed key: only now is the content trusted.
  let verified;
  try {
    verified = await openpgp.decrypt({
      message: looksArmored(bytes) ? await openpgp.readMessage({ armoredMessage: Buffer.from(bytes).toString('utf8') }) : await openpgp.readMessage({ binaryMessage: bytes }),
      decryptionKeys: privateKey,
      verificationKeys: signer.key,
      expectSigned: true,
      format: 'binary',
    });
    await verified.signatures[0]!.verified;
  } catch (error) {
    throw new PacketRefusal('bad-signature', `The signature of ${signer.agreement.partnerId} does not verify: the packet was altered or not signed by that key`, {
      signerKeyId,
      partnerId: signer.agreement.partnerId,
      cause: (error as Error).message,
    });
  }
  return { content: verified.data as Uint8Array, agreement: signer.agreement, signerFingerprint: signer.key.getFingerprint().toUpperCase(), signerKeyId };
}
