// The bench's case: a query and a candidate print of 2000 x 2000 pixels, each
// with 300 matcher minutiae, seeded straight through the core services.
import type { Workspace } from '../../../../main/core/workspace';
import { FIXTURE_PARTNER, ridgePattern } from '../../harness/fixture-case';

export const BENCH_REFERENCE = 'BENCH-UI-0001';
export const PRINT_SIZE = 2000;
export const MINUTIAE_PER_PRINT = 300;

/** A small deterministic generator, so every run marks the same minutiae. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function seedBenchCase(ws: Workspace): { caseId: string; queryPrintId: string; candidatePrintId: string } {
  if (!ws.partners.get(FIXTURE_PARTNER.id)) ws.partners.add(FIXTURE_PARTNER);
  const size = PRINT_SIZE;
  const caseId = ws.cases.create({ reference: BENCH_REFERENCE, partnerId: FIXTURE_PARTNER.id, purposeCode: 'CRIM-INV', foreignProvided: true });
  const common = { fingerPosition: 2, impressionType: 'plain', width: size, height: size, ppi: 1000, source: 'bench:ui' };
  const queryPrintId = ws.prints.add({
    ...common,
    caseId,
    partnerId: FIXTURE_PARTNER.id,
    role: 'query',
    label: 'Bench query',
    pixels: ridgePattern(size, size, size / 2, size * 0.45, 18),
    foreignProvided: true,
  });
  const candidatePrintId = ws.prints.add({
    ...common,
    caseId: null,
    partnerId: null,
    role: 'holding',
    label: 'Bench holding',
    pixels: ridgePattern(size, size, size * 0.48, size * 0.5, 19),
    foreignProvided: false,
  });
  ws.cases.addCandidate(caseId, queryPrintId, candidatePrintId, 1, 64);
  const random = prng(20261128);
  for (const printId of [queryPrintId, candidatePrintId]) {
    ws.annotations.addMany(
      Array.from({ length: MINUTIAE_PER_PRINT }, () => {
        const angle = random() * Math.PI * 2;
        const radius = Math.sqrt(random()) * 0.42;
        return {
          printId,
          kind: 'minutia' as const,
          origin: 'matcher' as const,
          x: size / 2 + Math.cos(angle) * radius * size,
          y: size / 2 + Math.sin(angle) * radius * size,
          direction: random() * Math.PI * 2 - Math.PI,
          minutiaType: random() < 0.5 ? ('ending' as const) : ('bifurcation' as const),
          quality: Math.round(random() * 100),
          author: 'matcher',
        };
      }),
    );
  }
  return { caseId, queryPrintId, candidatePrintId };
}
