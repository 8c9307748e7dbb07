import { afterAll, describe, expect, it, vi } from 'vitest';
import { createScopedPrintSource } from '../../main/protocol/print-media';
import { analyseCase, testActor } from '../helpers/examination';
import { createTestWorkspace } from '../helpers/workspace';

vi.mock('electron', () => ({}));

const { ws } = createTestWorkspace();
ws.partners.add({ id: 'pt_a', name: 'Partner A', country: 'AA' });
ws.partners.add({ id: 'pt_b', name: 'Partner B', country: 'BB' });
const pixels = (seed: number) => new Uint8Array(16).map((_, i) => (i * seed) % 256);
const print = (caseId: string | null, partnerId: string | null, role: 'query' | 'holding') =>
  ws.prints.add({ caseId, partnerId, role, label: 'x', fingerPosition: 2, impressionType: 'rolled', width: 4, height: 4, ppi: 500, pixels: pixels(7), source: 'test', foreignProvided: false });
const caseA = ws.cases.create({ reference: 'A-1', partnerId: 'pt_a', purposeCode: 'CRIM', foreignProvided: true });
const queryA = print(caseA, 'pt_a', 'query');
const holding = print(null, null, 'holding');
const orphanHolding = print(null, null, 'holding');
ws.cases.addCandidate(caseA, queryA, holding, 1, 42);
// Candidates are shown only after the query print's analysis (core/cases/access.ts).
analyseCase(ws, caseA, testActor(ws, ['examiner'], ['pt_a']));

afterAll(() => ws.close());

describe('print images through the session scope', () => {
  it('serves a query print and a listed holding to a user assigned the partner', () => {
    const source = createScopedPrintSource(ws, () => ['pt_a']);
    expect(source.printImage(queryA).pixels).toEqual(pixels(7));
    expect(source.printImage(holding).width).toBe(4);
  });

  it('treats another partner’s print exactly like a missing one', () => {
    const source = createScopedPrintSource(ws, () => ['pt_b']);
    expect(() => source.printImage(queryA)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => source.printImage(holding)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => source.printImage('p_missing')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('never serves a holding that no case in scope lists', () => {
    const source = createScopedPrintSource(ws, () => ['pt_a']);
    expect(() => source.printImage(orphanHolding)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('serves nothing without a session', () => {
    const source = createScopedPrintSource(ws, () => null);
    expect(() => source.printImage(queryA)).toThrow(expect.objectContaining({ code: 'unauthenticated' }));
  });
});
