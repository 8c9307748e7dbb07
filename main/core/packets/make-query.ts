// Building a query packet as a partner would: an ANSI/NIST-ITL transaction
// (Type-1, Type-2 with the references and purpose code, one Type-14 per print)
// signed with the partner's private key and encrypted to the receiving
// workstation's public key (openpgp.js). For partners' pilots, for our tests
// and for the bench; never used on received data.
import { frictionImageRecord, transaction, type2Record } from '../../formats/ansi-nist/builders';
import { writeTransaction } from '../../formats/ansi-nist/writer';
import { encodeWsq } from '../../formats/wsq';
import type { GrayImage } from '../../../preload/shared/fingerprint';
import { dataElement, PURPOSE_CODE_FIELD } from '../agreements/catalogue';
import { pgp } from '../agreements/pgp';
import { RidgelineError } from '../errors';

export interface QueryPrint {
  image: GrayImage;
  /** FGP 1-10 for fingers. */
  fingerPosition: number;
}

export interface MakeQueryInput {
  prints: readonly QueryPrint[];
  tcn: string;
  purposeCode: string;
  originatingAgency: string;
  destinationAgency: string;
  /** YYYYMMDD; default today (UTC). */
  date?: string;
  uniqueReference?: string;
  eventReference?: string;
  subjectReference?: string;
  caseType?: string;
  /** 'wsq' (as partners send) or 'none' (8-bit raw). */
  compression?: 'wsq' | 'none';
  /** The partner's armored private key (signs) and its passphrase, if any. */
  signingKey: string;
  signingKeyPassphrase?: string;
  /** The receiving workstation's armored public key (encrypts). */
  recipientKey: string;
  /** ASCII armor instead of binary OpenPGP. */
  armor?: boolean;
}

const today = () => new Date().toISOString().slice(0, 10).replaceAll('-', '');

export async function buildQueryTransaction(input: Omit<MakeQueryInput, 'signingKey' | 'signingKeyPassphrase' | 'recipientKey' | 'armor'>): Promise<Uint8Array> {
  if (input.prints.length === 0) throw new RidgelineError('invalid-argument', 'A query needs at least one print');
  const date = input.date ?? today();
  const field = (id: Parameters<typeof dataElement>[0], value: string | undefined) => (value ? [{ number: dataElement(id).type2Field, subfields: [[value]] }] : []);
  const type2 = type2Record(0, [
    { number: PURPOSE_CODE_FIELD, subfields: [[input.purposeCode]] },
    ...field('requesting-unique-reference', input.uniqueReference),
    ...field('requesting-event-reference', input.eventReference),
    ...field('requesting-subject-reference', input.subjectReference),
    ...field('requesting-case-type', input.caseType),
  ]);
  const images = [];
  for (const [i, print] of input.prints.entries()) {
    const wsq = (input.compression ?? 'wsq') === 'wsq';
    images.push(
      frictionImageRecord({
        idc: i + 1,
        recordType: 14,
        impression: 0,
        sourceAgency: input.originatingAgency,
        captureDate: date,
        width: print.image.width,
        height: print.image.height,
        ppi: print.image.ppi,
        compression: wsq ? 'WSQ20' : 'NONE',
        positions: [print.fingerPosition],
        data: wsq ? await encodeWsq(print.image) : print.image.pixels,
      }),
    );
  }
  return writeTransaction(
    transaction(
      { typeOfTransaction: 'IBQ', date, destinationAgency: input.destinationAgency, originatingAgency: input.originatingAgency, controlNumber: input.tcn },
      [type2, ...images],
    ),
  );
}

export async function makeQueryPacket(input: MakeQueryInput): Promise<Uint8Array> {
  const openpgp = await pgp();
  const content = await buildQueryTransaction(input);
  let signingKey = await openpgp.readPrivateKey({ armoredKey: input.signingKey });
  if (!signingKey.isDecrypted()) {
    if (!input.signingKeyPassphrase) throw new RidgelineError('wrong-key', 'The signing key is protected; give its passphrase');
    signingKey = await openpgp.decryptKey({ privateKey: signingKey, passphrase: input.signingKeyPassphrase });
  }
  const encryptionKeys = await openpgp.readKey({ armoredKey: input.recipientKey });
  const message = await openpgp.createMessage({ binary: content });
  if (input.armor) {
    const armored = await openpgp.encrypt({ message, encryptionKeys, signingKeys: signingKey, format: 'armored' });
    return new Uint8Array(Buffer.from(armored, 'utf8'));
  }
  return (await openpgp.encrypt({ message, encryptionKeys, signingKeys: signingKey, format: 'binary' })) as Uint8Array;
}
