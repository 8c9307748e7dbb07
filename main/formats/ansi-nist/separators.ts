// Information separators of the traditional encoding (ANSI/NIST-ITL 1-2011, 7.1).
export const FS = 0x1c; // end of a record
export const GS = 0x1d; // between fields
export const RS = 0x1e; // between subfields
export const US = 0x1f; // between items
export const COLON = 0x3a;
export const PERIOD = 0x2e;

/** True for any byte that may not appear inside a text item. */
export const isSeparator = (byte: number): boolean => byte >= FS && byte <= US;
