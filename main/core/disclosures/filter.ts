// Filtering a subject's data elements by a partner's agreement, before any
// draft exists: only the agreement's releasable elements that the subject has
// get a value in the response; every other element the subject has is named
// as withheld with the rule that withheld it (no value: the draft never holds
// data that will not leave). A subject in a protected class is answered "no
// match" (IBIS PIA; 8 U.S.C. § 1367) and that decision is taken here too.
import type { AgreementVersion } from '../agreements/agreements';
import { dataElement, isDataElementId } from '../agreements/catalogue';
import { protectedClasses } from '../agreements/protected-classes';
import type { ReleasedElement, WithheldElement } from './content';

export interface SubjectRecord {
  id: string;
  /** Element id -> value, as enrolled. */
  elements: Readonly<Record<string, string>>;
  /** Protected-class ids (vawa, t-visa, ...). */
  protectedClasses: readonly string[];
}

export type FilterDecision =
  | { answer: 'match'; released: ReleasedElement[]; withheld: WithheldElement[] }
  /** reason: the restricted field (supervisors and auditors only); never in the response or its audit entry. */
  | { answer: 'no-match'; reason: string | null };

const labelOf = (element: string) => (isDataElementId(element) ? dataElement(element).label : element);

/** Elements the transaction itself carries (the answer, the addresses): never "withheld". */
const TRANSACTION_ELEMENTS = new Set(['match-result', 'message-destination', 'message-origin']);

export function protectedClassReason(subject: SubjectRecord): string | null {
  if (subject.protectedClasses.length === 0) return null;
  const labels = subject.protectedClasses.map((id) => protectedClasses.find((c) => c.id === id)?.label ?? id);
  return `Subject ${subject.id} is in a protected class (${labels.join(', ')}): answered "no match" as the law requires (IBIS PIA; 8 U.S.C. § 1367)`;
}

/** The decision for a verified identification of `subject` under `agreement`. */
export function filterIdentification(subject: SubjectRecord, agreement: AgreementVersion): FilterDecision {
  const reason = protectedClassReason(subject);
  if (reason) return { answer: 'no-match', reason };
  const rule = `not a releasable element of the agreement with ${agreement.partnerId}, version ${agreement.version}`;
  const releasable = agreement.releasableElements.map((e) => e.element);
  const released: ReleasedElement[] = [];
  for (const element of releasable) {
    const value = subject.elements[element];
    if (value !== undefined && value !== '' && !TRANSACTION_ELEMENTS.has(element)) released.push({ element, label: labelOf(element), value });
  }
  const allowed = new Set(releasable);
  const withheld: WithheldElement[] = Object.keys(subject.elements)
    .filter((element) => !allowed.has(element) && !TRANSACTION_ELEMENTS.has(element))
    .sort()
    .map((element) => ({ element, label: labelOf(element), rule }));
  return { answer: 'match', released, withheld };
}
