// The catalogue of data elements that may be exchanged after a match: every
// element of Appendix A of the IBIS Privacy Impact Assessment ("Data Elements
// that DHS Exchanges", last updated 2 November 2022), in the seed's order, with
// the seed's exact wording as the label.
//
// The seed lists elements only. It does not group them: any category (identity,
// travel document, immigration history, transaction...) comes from each
// partner's agreement, which names its releasable elements and may file them
// under its own headings. So the catalogue carries no categories.
//
// `type2Field` is where Ridgeline carries the element in an ANSI/NIST-ITL
// Type-2 record (holdings enrolment, query packets, responses): the EBTS field
// where EBTS defines one, otherwise a Ridgeline field in 2.900-2.999 (user-
// defined range), one per element so no two elements share a field.

export const CATALOGUE_SOURCE = 'IBIS PIA (DHS/PLCY), Appendix A: Data Elements that DHS Exchanges, last updated November 2, 2022';

export const CATEGORY_NOTE =
  'Appendix A lists data elements without categories. Categories, if any, come from each partner agreement, not from the seed.';

export const dataElements = [
  { id: 'alias-first-names', label: 'Alias first name(s)', type2Field: 901 },
  { id: 'alias-last-names', label: 'Alias last name(s)', type2Field: 902 },
  { id: 'aliases', label: 'Aliases', type2Field: 19 }, // EBTS 2.019 AKA
  { id: 'country-of-birth', label: 'Country of birth', type2Field: 20 }, // EBTS 2.020 POB
  { id: 'current-immigration-status', label: 'Current immigration status', type2Field: 903 },
  { id: 'date-fingerprinted', label: 'Date fingerprinted', type2Field: 904 },
  { id: 'date-of-arrival', label: 'Date of Arrival', type2Field: 905 },
  { id: 'date-of-birth', label: 'Date of birth', type2Field: 22 }, // EBTS 2.022 DOB
  { id: 'date-of-departure', label: 'Date of departure', type2Field: 906 },
  { id: 'date-of-application-or-encounter', label: 'Date of immigration application or non-biometric encounter', type2Field: 907 },
  { id: 'date-of-application-outcome', label: 'Date of outcome of immigration application', type2Field: 908 },
  { id: 'date-removed', label: 'Date removed', type2Field: 909 },
  { id: 'error-code', label: 'Error code, if applicable', type2Field: 910 },
  { id: 'leave-or-visa-expiry', label: 'Expiry date of current leave/stay or visa', type2Field: 911 },
  { id: 'facial-image', label: 'Facial image', type2Field: 912 },
  { id: 'first-name', label: 'First name, if not included in ‘Last name’', type2Field: 913 },
  { id: 'gender', label: 'Gender', type2Field: 24 }, // EBTS 2.024 SEX
  { id: 'last-name', label: 'Last name', type2Field: 18 }, // EBTS 2.018 NAM
  { id: 'location-fingerprinted', label: 'Location fingerprinted', type2Field: 914 },
  { id: 'location-of-arrival', label: 'Location of Arrival', type2Field: 915 },
  { id: 'location-of-departure', label: 'Location of departure', type2Field: 916 },
  { id: 'match-result', label: 'Match or No match', type2Field: 917 },
  { id: 'message-destination', label: 'Message destination', type2Field: 918 },
  { id: 'message-origin', label: 'Message origin', type2Field: 919 },
  { id: 'other-names', label: 'Other names', type2Field: 920 },
  { id: 'application-outcome', label: 'Outcome of immigration application', type2Field: 921 },
  { id: 'passport-nationality', label: 'Passport nationality', type2Field: 21 }, // EBTS 2.021 CTZ
  { id: 'previous-immigration-status', label: 'Previous immigration status', type2Field: 922 },
  { id: 'priority', label: 'Priority', type2Field: 923 },
  { id: 'providing-event-reference', label: 'Providing country event specific reference number', type2Field: 924 },
  { id: 'providing-subject-reference', label: 'Providing country subject specific reference number', type2Field: 925 },
  { id: 'reason-fingerprinted', label: 'Reason fingerprinted', type2Field: 37 }, // EBTS 2.037 RFP
  { id: 'reason-for-alert', label: 'Reason for Alert', type2Field: 926 },
  { id: 'reason-for-application-outcome', label: 'Reason for outcome of immigration application', type2Field: 927 },
  { id: 'requesting-case-type', label: 'Requesting country case type', type2Field: 928 },
  { id: 'requesting-unique-reference', label: 'Requesting country unique reference number', type2Field: 929 },
  { id: 'requesting-event-reference', label: 'Requesting Participant event specific reference number', type2Field: 930 },
  { id: 'requesting-subject-reference', label: 'Requesting Participant subject specific reference number', type2Field: 931 },
  { id: 'other-travel-document-pages', label: 'Scan of other marked travel document pages', type2Field: 932 },
  { id: 'transaction-date', label: 'Transaction date', type2Field: 933 },
  { id: 'transaction-number', label: 'Transaction number', type2Field: 934 },
  { id: 'transaction-type', label: 'Transaction type', type2Field: 935 },
  { id: 'travel-document-expiry', label: 'Travel document expiry date', type2Field: 936 },
  { id: 'travel-document-issuer', label: 'Travel document issuing authority / country', type2Field: 937 },
  { id: 'travel-document-number', label: 'Travel document number', type2Field: 938 },
  { id: 'travel-document-type', label: 'Travel document type', type2Field: 939 },
  { id: 'application-or-encounter-type', label: 'Type of immigration application or non-biometric encounter', type2Field: 940 },
  { id: 'visa-refusal-code', label: 'Visa Refusal code', type2Field: 941 },
  { id: 'watchlist-indicator', label: 'Watchlist Indicator', type2Field: 942 },
] as const;

export type DataElement = (typeof dataElements)[number];
export type DataElementId = DataElement['id'];

export const DATA_ELEMENT_IDS = dataElements.map((e) => e.id) as unknown as readonly [DataElementId, ...DataElementId[]];

const byId = new Map<string, DataElement>(dataElements.map((e) => [e.id, e]));

export function isDataElementId(id: string): id is DataElementId {
  return byId.has(id);
}

export function dataElement(id: DataElementId): DataElement {
  return byId.get(id)!;
}

/** The element carried in Type-2 field `number`, if any. */
export function elementOfType2Field(number: number): DataElement | undefined {
  return dataElements.find((e) => e.type2Field === number);
}

// Type-2 fields for the exchange that are not Appendix A elements.
/** The query's purpose code (Ridgeline field: agreements list the codes a partner may use). */
export const PURPOSE_CODE_FIELD = 950;
/** Protected-class codes of an enrolled subject (holdings only; never sent). */
export const PROTECTED_CLASS_FIELD = 951;
