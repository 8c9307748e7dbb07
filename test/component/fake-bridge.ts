// A window.ridgeline for component tests: answers per method from a table, and
// records the calls. Results are ApiResult envelopes, as main sends them.
import type { ApiResult } from '../../preload/contract';
import type { CaseDetail, CaseSummary } from '../../preload/contract/cases';

type Answer = ApiResult<unknown> | ((args: unknown) => ApiResult<unknown>);

export function installFakeBridge(answers: Record<string, Answer>) {
  const calls: { method: string; args: unknown }[] = [];
  window.ridgeline = {
    invoke: async (method, args) => {
      calls.push({ method, args });
      const answer = answers[method];
      if (!answer) return { ok: false, error: { code: 'unknown-method', message: 'No such API method' } };
      return typeof answer === 'function' ? answer(args) : answer;
    },
  };
  return calls;
}

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

export const summary = (overrides: Partial<CaseSummary> = {}): CaseSummary => ({
  id: 'c_1',
  reference: 'REF-2026-0001',
  partnerId: 'pt_a',
  partnerName: 'Partner Agency A',
  purposeCode: 'CRIM-INV',
  state: 'in-comparison',
  foreignProvided: true,
  queryPrintCount: 1,
  candidateCount: 1,
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T11:30:00.000Z',
  ...overrides,
});

const print = (id: string, role: 'query' | 'holding', foreignProvided: boolean) => ({
  id,
  caseId: role === 'query' ? 'c_1' : null,
  role,
  label: role === 'query' ? 'Latent L1' : 'Holding 77',
  fingerPosition: 2,
  impressionType: 'latent',
  width: 300,
  height: 400,
  ppi: 500,
  source: 'test',
  foreignProvided,
  sha256: 'x',
});

export const detail = (): CaseDetail => ({
  ...summary(),
  queryPrints: [print('p_q', 'query', true)],
  candidates: [{ id: 'k_1', caseId: 'c_1', queryPrintId: 'p_q', print: print('p_h', 'holding', false), rank: 1, score: 48.2 }],
});
