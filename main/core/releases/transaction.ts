// The response as an ANSI/NIST-ITL transaction, a pure function of the
// approved content (so the approved hash names the file's payload): Type-1
// addressed to the partner's agency and referring to the query's TCN (TCR),
// Type-2 with the answer, the released elements in the catalogue's fields, the
// caveats and the agreement version, and Type-14 WSQ images for prints an
// agreement releases. TOT "SRE" is EBTS's search result.
import { createHash } from 'node:crypto';
import { dataElements, elementOfType2Field } from '../agreements/catalogue';
import { RidgelineError } from '../errors';
import { frictionImageRecord, readTransaction, textField, transaction, type2Record, writeTransaction, type AnRecord, type Transaction } from '../../formats/ansi-nist';
import type { Answer, ResponseContent } from '../disclosures/content';

export const RESPONSE_TOT = 'SRE';
/** Type-2 fields for what is not an Appendix A element (Ridgeline's user-defined range, next to intake's 2.950/2.951). */
export const CAVEATS_FIELD = 960;
export const AGREEMENT_FIELD = 961;
const MATCH_RESULT_FIELD = dataElements.find((e) => e.id === 'match-result')!.type2Field;
const ANSWER_TEXT: Record<Answer, string> = { match: 'MATCH', 'no-match': 'NO MATCH' };

/** A print released with the response (only when an agreement releases prints), already WSQ-encoded. */
export interface ReleasedPrint {
  fingerPosition: number;
  impression: number;
  width: number;
  height: number;
  ppi: number;
  wsq: Uint8Array;
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** The response's own TCN: derived from its content, so the same approved content always gives the same file. */
export function responseControlNumber(serializedContent: string): string {
  return `R${createHash('sha256').update(serializedContent, 'utf8').digest('hex').slice(0, 20).toUpperCase()}`;
}

export function buildResponseTransaction(content: ResponseContent, serializedContent: string, prints: readonly ReleasedPrint[] = []): Transaction {
  const date = content.date.replaceAll('-', '');
  const texts = [...content.elements.map((e) => e.value), ...content.caveats];
  const header = transaction(
    {
      typeOfTransaction: RESPONSE_TOT,
      date,
      destinationAgency: content.recipient.agency,
      originatingAgency: content.origin,
      controlNumber: responseControlNumber(serializedContent),
      encoding: texts.every(isAscii) ? 'ascii' : 'utf-8',
    },
    [],
  );
  const type1 = header.records[0]!;
  if (type1.encoding !== 'tagged') throw new RidgelineError('internal', 'Type-1 must be tagged');
  // TCR (1.010): the query this answers.
  type1.fields.push({ number: 10, subfields: [[content.inReplyTo.controlNumber]] });
  type1.fields.sort((a, b) => a.number - b.number);

  const fields: { number: number; subfields: string[][] }[] = [{ number: MATCH_RESULT_FIELD, subfields: [[ANSWER_TEXT[content.answer]]] }];
  for (const released of content.elements) {
    const element = dataElements.find((e) => e.id === released.element);
    if (!element) throw new RidgelineError('invalid-argument', `Not a catalogue element: ${released.element}`);
    fields.push({ number: element.type2Field, subfields: [[released.value]] });
  }
  if (content.caveats.length > 0) fields.push({ number: CAVEATS_FIELD, subfields: content.caveats.map((c) => [c]) });
  fields.push({ number: AGREEMENT_FIELD, subfields: [[content.agreement.partnerId, String(content.agreement.version)]] });
  const records: AnRecord[] = [type1, type2Record(1, fields)];
  prints.forEach((print, i) => {
    records.push(
      frictionImageRecord({
        idc: i + 2,
        recordType: 14,
        impression: print.impression,
        sourceAgency: content.origin,
        captureDate: date,
        width: print.width,
        height: print.height,
        ppi: print.ppi,
        compression: 'WSQ20',
        positions: [print.fingerPosition],
        data: print.wsq,
      }),
    );
  });
  return { records };
}

export function writeResponse(content: ResponseContent, serializedContent: string, prints: readonly ReleasedPrint[] = []): Uint8Array {
  return writeTransaction(buildResponseTransaction(content, serializedContent, prints));
}

/** What a partner reads out of a response transaction. */
export interface ReadResponse {
  controlNumber: string;
  inReplyTo: string;
  date: string;
  origin: string;
  destination: string;
  answer: Answer;
  elements: { element: string; label: string; field: string; value: string }[];
  caveats: string[];
  agreement: { partnerId: string; version: number } | null;
  /** Type-2 fields that are neither the answer, an Appendix A element, the caveats nor the agreement. */
  otherFields: string[];
  images: { recordType: number; fingerPosition: string; compression: string; bytes: number }[];
}

const fieldName = (n: number) => `2.${String(n).padStart(3, '0')}`;

export function readResponse(bytes: Uint8Array): ReadResponse {
  const { transaction: t } = readTransaction(bytes);
  const type1 = t.records[0]!;
  const type2 = t.records.find((r) => r.type === 2);
  const first = (record: AnRecord, n: number) => textField(record, n)?.[0]?.[0] ?? '';
  if (first(type1, 4) !== RESPONSE_TOT || !type2) throw new RidgelineError('bad-file', 'Not a Ridgeline response transaction (TOT SRE with a Type-2 record)');
  const answerText = first(type2, MATCH_RESULT_FIELD);
  const answer: Answer | null = answerText === 'MATCH' ? 'match' : answerText === 'NO MATCH' ? 'no-match' : null;
  if (!answer) throw new RidgelineError('bad-file', `The response's answer (${fieldName(MATCH_RESULT_FIELD)}) is neither MATCH nor NO MATCH`);
  const elements: ReadResponse['elements'] = [];
  const otherFields: string[] = [];
  let caveats: string[] = [];
  let agreement: ReadResponse['agreement'] = null;
  if (type2.encoding === 'tagged') {
    for (const f of type2.fields) {
      if (f.number <= 2 || f.number === MATCH_RESULT_FIELD) continue;
      const subfields = textField(type2, f.number) ?? [];
      if (f.number === CAVEATS_FIELD) caveats = subfields.map((s) => s.join(' '));
      else if (f.number === AGREEMENT_FIELD) agreement = { partnerId: subfields[0]?.[0] ?? '', version: Number(subfields[0]?.[1]) };
      else {
        const element = elementOfType2Field(f.number);
        if (element) elements.push({ element: element.id, label: element.label, field: fieldName(f.number), value: subfields.map((s) => s.join(' ')).join('; ') });
        else otherFields.push(fieldName(f.number));
      }
    }
  }
  const images = t.records
    .filter((r) => r.type === 13 || r.type === 14 || r.type === 15)
    .map((r) => ({ recordType: r.type, fingerPosition: first(r, 13), compression: first(r, 11), bytes: r.encoding === 'tagged' ? (r.fields.find((f) => f.number === 999) as { data?: Uint8Array } | undefined)?.data?.length ?? 0 : 0 }));
  return {
    controlNumber: first(type1, 9),
    inReplyTo: first(type1, 10),
    date: first(type1, 5),
    origin: first(type1, 8),
    destination: first(type1, 7),
    answer,
    elements,
    caveats,
    agreement,
    otherFields,
    images,
  };
}
