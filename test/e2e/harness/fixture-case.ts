// A small case seeded straight through the core services, for the specs that
// need a case regardless of the demo: a query print and one candidate, both
// drawn as a loop-like ridge pattern with a few ground-truth minutiae marked.
// (The synthetic generator makes realistic prints; this only needs contrast.)
import type { Workspace } from '../../../main/core/workspace';

export const FIXTURE_PARTNER = { id: 'pt_e2e', name: 'E2E Partner Agency', country: 'ZZ' };
export const FIXTURE_REFERENCE = 'E2E-0001';

export function ridgePattern(width: number, height: number, cx: number, cy: number, period: number): Uint8Array {
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      const dy = (y - cy) * 1.3;
      const r = Math.sqrt(dx * dx + dy * dy) + 6 * Math.sin(x / 37) + 4 * Math.cos(y / 29);
      const inside = (dx / (width * 0.46)) ** 2 + ((y - height / 2) / (height * 0.48)) ** 2 < 1;
      pixels[y * width + x] = inside ? Math.round(128 + 110 * Math.cos((2 * Math.PI * r) / period)) : 255;
    }
  }
  return pixels;
}

export function seedFixtureCase(ws: Workspace): { caseId: string; queryPrintId: string; candidatePrintId: string } {
  if (!ws.partners.get(FIXTURE_PARTNER.id)) ws.partners.add(FIXTURE_PARTNER);
  const width = 320;
  const height = 380;
  const caseId = ws.cases.create({ reference: FIXTURE_REFERENCE, partnerId: FIXTURE_PARTNER.id, purposeCode: 'CRIM-INV', foreignProvided: true });
  const common = { fingerPosition: 2, impressionType: 'plain', width, height, ppi: 500, source: 'e2e fixture' };
  const queryPrintId = ws.prints.add({
    ...common,
    caseId,
    partnerId: FIXTURE_PARTNER.id,
    role: 'query',
    label: 'Query R-index',
    pixels: ridgePattern(width, height, 160, 170, 9),
    foreignProvided: true,
  });
  const candidatePrintId = ws.prints.add({
    ...common,
    caseId: null,
    partnerId: null,
    role: 'holding',
    label: 'Holding 000123',
    pixels: ridgePattern(width, height, 150, 185, 9.5),
    foreignProvided: false,
  });
  ws.cases.addCandidate(caseId, queryPrintId, candidatePrintId, 1, 57.5);
  const marks = [
    [120, 140, 0.3],
    [200, 210, 2.1],
    [170, 260, -1.2],
  ] as const;
  for (const printId of [queryPrintId, candidatePrintId]) {
    ws.annotations.addMany(
      marks.map(([x, y, direction]) => ({
        printId,
        kind: 'minutia' as const,
        origin: 'ground-truth' as const,
        x,
        y,
        direction,
        minutiaType: 'ending' as const,
        quality: 80,
        author: 'fixture',
      })),
    );
  }
  return { caseId, queryPrintId, candidatePrintId };
}
