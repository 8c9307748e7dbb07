// Data elements and protected classes of a subject from a Type-2 record, by
// the catalogue's field map (EBTS fields where EBTS has one, Ridgeline fields
// 2.901-2.951 otherwise). Values keep their subfields ("; ") and items (" ").
import { dataElements, PROTECTED_CLASS_FIELD, type DataElementId } from '../agreements/catalogue';
import { isProtectedClassId, type ProtectedClassId } from '../agreements/protected-classes';
import { textField } from '../../formats/ansi-nist/fields';
import type { AnRecord, Transaction } from '../../formats/ansi-nist/model';
import { RidgelineError } from '../errors';

export type SubjectElements = Partial<Record<DataElementId, string>>;

const MAX_VALUE = 4000;

export function type2Of(transaction: Transaction): AnRecord | undefined {
  return transaction.records.find((r) => r.type === 2);
}

function valueOf(record: AnRecord, number: number): string | undefined {
  const subfields = textField(record, number);
  if (!subfields) return undefined;
  const value = subfields
    .map((items) => items.map((i) => i.trim()).filter(Boolean).join(' '))
    .filter(Boolean)
    .join('; ');
  if (value.length > MAX_VALUE) throw new RidgelineError('bad-file', `Type-2 field 2.${String(number).padStart(3, '0')} is longer than ${MAX_VALUE} characters`);
  return value || undefined;
}

export function readSubjectElements(record: AnRecord): SubjectElements {
  const elements: SubjectElements = {};
  for (const e of dataElements) {
    const value = valueOf(record, e.type2Field);
    if (value !== undefined) elements[e.id] = value;
  }
  // EBTS NAM is "SURNAME,GIVEN NAMES": split it when no separate first name is given.
  const name = elements['last-name'];
  if (name?.includes(',') && !elements['first-name']) {
    const [last, ...given] = name.split(',');
    elements['last-name'] = last!.trim();
    if (given.join(',').trim()) elements['first-name'] = given.join(',').trim();
  }
  return elements;
}

export function readProtectedClasses(record: AnRecord): ProtectedClassId[] {
  const subfields = textField(record, PROTECTED_CLASS_FIELD) ?? [];
  const codes = subfields.flat().map((c) => c.trim().toLowerCase()).filter(Boolean);
  const unknown = codes.filter((c) => !isProtectedClassId(c));
  if (unknown.length > 0) throw new RidgelineError('bad-file', `Unknown protected-class codes in 2.${PROTECTED_CLASS_FIELD}: ${unknown.join(', ')}`);
  return [...new Set(codes)] as ProtectedClassId[];
}
