import { describe, expect, it } from 'vitest';
import { createTestWorkspace } from '../../helpers/workspace';

function addPrint(ws: ReturnType<typeof createTestWorkspace>['ws'], caseId: string | null, partnerId: string | null, role: 'query' | 'holding') {
  return ws.prints.add({
    caseId, partnerId, role, label: role, fingerPosition: 1, impressionType: 'plain',
    width: 2, height: 2, ppi: 500, pixels: new Uint8Array(4), source: 'test', foreignProvided: role === 'query',
  });
}

describe('print visibility by partner scope', () => {
  const { ws } = createTestWorkspace();
  ws.partners.add({ id: 'pt_a', name: 'A', country: 'AA' });
  ws.partners.add({ id: 'pt_b', name: 'B', country: 'BB' });
  const caseA = ws.cases.create({ reference: 'A-1', partnerId: 'pt_a', purposeCode: 'P', foreignProvided: true });
  const query = addPrint(ws, caseA, 'pt_a', 'query');
  const listedHolding = addPrint(ws, null, null, 'holding');
  const unlistedHolding = addPrint(ws, null, null, 'holding');
  ws.cases.addCandidate(caseA, query, listedHolding, 1, 42);

  it('shows a query print and the holdings its case lists to a user assigned the partner', () => {
    expect(() => ws.cases.assertPrintInScope(['pt_a'], query)).not.toThrow();
    expect(() => ws.cases.assertPrintInScope(['pt_a'], listedHolding)).not.toThrow();
  });

  it('answers not-found, as for a missing print, outside the scope', () => {
    for (const printId of [query, listedHolding, unlistedHolding, 'p_missing']) {
      expect(() => ws.cases.assertPrintInScope(['pt_b'], printId)).toThrowError(expect.objectContaining({ code: 'not-found' }));
    }
    expect(() => ws.cases.assertPrintInScope(['pt_a'], unlistedHolding)).toThrowError(expect.objectContaining({ code: 'not-found' }));
  });
});
