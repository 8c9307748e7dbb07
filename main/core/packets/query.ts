// What a query transaction tells us beyond its prints: the partner's reference
// numbers and the purpose code, from Type-1 (TCN, TCR, ORI, DAI, DAT, TOT) and
// the Type-2 fields of the catalogue (requesting-country references, case type)
// plus the purpose code field.
import { firstItem } from '../../formats/ansi-nist/fields';
import type { Transaction } from '../../formats/ansi-nist/model';
import { dataElement, PURPOSE_CODE_FIELD } from '../agreements/catalogue';
import { type2Of } from '../holdings/type2';

export interface PartnerReferences {
  /** Transaction control number (1.009): the partner's number for this query. */
  tcn: string;
  /** Transaction control reference (1.010), when the query refers to an earlier one. */
  tcr: string | null;
  originatingAgency: string;
  destinationAgency: string;
  date: string;
  transactionType: string;
  uniqueReference: string | null;
  eventReference: string | null;
  subjectReference: string | null;
  caseType: string | null;
}

export interface QueryFacts {
  references: PartnerReferences;
  purposeCode: string | null;
}

export function readQuery(transaction: Transaction): QueryFacts {
  const type1 = transaction.records[0]!;
  const type2 = type2Of(transaction);
  const t2 = (number: number) => (type2 ? firstItem(type2, number)?.trim() || null : null);
  return {
    references: {
      tcn: firstItem(type1, 9)?.trim() ?? '',
      tcr: firstItem(type1, 10)?.trim() || null,
      originatingAgency: firstItem(type1, 8)?.trim() ?? '',
      destinationAgency: firstItem(type1, 7)?.trim() ?? '',
      date: firstItem(type1, 5)?.trim() ?? '',
      transactionType: firstItem(type1, 4)?.trim() ?? '',
      uniqueReference: t2(dataElement('requesting-unique-reference').type2Field),
      eventReference: t2(dataElement('requesting-event-reference').type2Field),
      subjectReference: t2(dataElement('requesting-subject-reference').type2Field),
      caseType: t2(dataElement('requesting-case-type').type2Field),
    },
    purposeCode: t2(PURPOSE_CODE_FIELD)?.toUpperCase() ?? null,
  };
}
