// Small accessors over tagged records, so callers never index arrays blindly.
import type { AnRecord, Field } from './model';
import { isBinaryField } from './model';

export function field(record: AnRecord, number: number): Field | undefined {
  return record.encoding === 'tagged' ? record.fields.find((f) => f.number === number) : undefined;
}

/** Subfields of a text field, or undefined when absent or binary. */
export function textField(record: AnRecord, number: number): string[][] | undefined {
  const found = field(record, number);
  return found && !isBinaryField(found) ? found.subfields : undefined;
}

/** First item of the first subfield. */
export function firstItem(record: AnRecord, number: number): string | undefined {
  return textField(record, number)?.[0]?.[0];
}

/** First item as an integer, or undefined when absent or not a number. */
export function intItem(record: AnRecord, number: number): number | undefined {
  const text = firstItem(record, number)?.trim();
  if (!text || !/^[+-]?\d+$/.test(text)) return undefined;
  return Number.parseInt(text, 10);
}

export function numberItem(record: AnRecord, number: number): number | undefined {
  const text = firstItem(record, number)?.trim();
  if (!text) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

export function binaryData(record: AnRecord, number = 999): Uint8Array | undefined {
  const found = field(record, number);
  return found && isBinaryField(found) ? found.data : undefined;
}
