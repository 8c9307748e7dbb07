import { describe, expect, it } from 'vitest';
import { eventOf, isQuiet, objectsOf } from '../../../main/api/audit-policy';

describe('host audit policy', () => {
  it('names the objects a call touches from its id arguments', () => {
    expect(objectsOf({ caseId: 'c_1', printIds: ['p_1', 'p_2'], reason: 'x' })).toEqual(['case:c_1', 'print:p_1', 'print:p_2']);
    expect(objectsOf(null)).toEqual([]);
    expect(objectsOf({ caseId: 'x'.repeat(500) })).toEqual([]);
    expect(objectsOf({ printIds: Array.from({ length: 10_000 }, (_, i) => `p_${i}`) })).toHaveLength(50);
  });

  it('gives reads of personal data named events and other calls a derived one', () => {
    expect(eventOf('cases.get')).toBe('case.read');
    expect(eventOf('prints.annotations')).toBe('print.read');
    expect(eventOf('disclosures.approveDraft')).toBe('api.disclosures.approve-draft');
  });

  it('keeps only bookkeeping and reads of no personal data quiet', () => {
    expect(isQuiet('auth.status')).toBe(true);
    expect(isQuiet('cases.get')).toBe(false);
    expect(isQuiet('some.future.method')).toBe(false);
  });
});
