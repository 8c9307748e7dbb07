// The response's OpenPGP envelope (openpgp.js, no hand-written crypto): signed
// with the workstation's key and encrypted to the partner's key from the
// agreement the response was filtered under. openResponse is the partner's
// side, for `ridgeline packet open-response` and the tests: decrypt with the
// partner's private key, verify our signature, return the transaction.
import type { PrivateKey } from 'openpgp';
import { pgp } from '../agreements/pgp';
import { RidgelineError } from '../errors';

export async function sealResponse(transaction: Uint8Array, signingKey: PrivateKey, partnerPublicKey: string): Promise<Uint8Array> {
  const openpgp = await pgp();
  let recipient;
  try {
    recipient = await openpgp.readKey({ armoredKey: partnerPublicKey });
  } catch (error) {
    throw new RidgelineError('invalid-argument', `The agreement's partner key is not readable: ${(error as Error).message}`);
  }
  const message = await openpgp.createMessage({ binary: transaction, format: 'binary' });
  return (await openpgp.encrypt({ message, encryptionKeys: recipient, signingKeys: signingKey, format: 'binary' })) as Uint8Array;
}

export interface OpenedResponse {
  transaction: Uint8Array;
  /** Fingerprint of the key whose signature verified (upper-case hex). */
  signerFingerprint: string;
}

/** The partner's side: decrypt with their private key, require a valid signature by `senderPublicKey`. */
export async function openResponse(
  bytes: Uint8Array,
  keys: { partnerPrivateKey: string; passphrase?: string; senderPublicKey: string },
): Promise<OpenedResponse> {
  const openpgp = await pgp();
  let message;
  try {
    const text = Buffer.from(bytes.subarray(0, 64)).toString('latin1');
    message = text.includes('-----BEGIN PGP MESSAGE-----')
      ? await openpgp.readMessage({ armoredMessage: Buffer.from(bytes).toString('utf8') })
      : await openpgp.readMessage({ binaryMessage: bytes });
  } catch (error) {
    throw new RidgelineError('bad-file', `Not an OpenPGP message: ${(error as Error).message}`);
  }
  let decryptionKey: PrivateKey;
  let sender;
  try {
    const locked = await openpgp.readPrivateKey({ armoredKey: keys.partnerPrivateKey });
    decryptionKey = keys.passphrase ? await openpgp.decryptKey({ privateKey: locked, passphrase: keys.passphrase }) : locked;
    sender = await openpgp.readKey({ armoredKey: keys.senderPublicKey });
  } catch (error) {
    throw new RidgelineError('wrong-key', `Cannot use the given keys: ${(error as Error).message}`);
  }
  let decrypted;
  try {
    decrypted = await openpgp.decrypt({ message, decryptionKeys: decryptionKey, verificationKeys: sender, format: 'binary' });
  } catch (error) {
    throw new RidgelineError('wrong-key', `The response does not decrypt with this private key: ${(error as Error).message}`);
  }
  const signature = decrypted.signatures[0];
  if (!signature) throw new RidgelineError('bad-file', 'The response is not signed: it cannot be trusted');
  try {
    await signature.verified;
  } catch (error) {
    throw new RidgelineError('bad-file', `The response's signature does not verify with the sender's key: ${(error as Error).message}`);
  }
  return { transaction: decrypted.data as Uint8Array, signerFingerprint: sender.getFingerprint().toUpperCase() };
}
