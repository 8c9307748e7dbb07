// Canonical JSON: object keys sorted, no whitespace, only JSON values. The
// same logical entry always serialises to the same bytes, which is what the
// hash chain is computed over (and what lets an exported file be re-verified).
import { RidgelineError } from '../errors';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new RidgelineError('invalid-argument', 'Audit details hold only finite numbers');
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new RidgelineError('invalid-argument', `Audit details cannot hold a ${typeof value}`);
  }
}
