// Seeds the demo into a workspace: a synthetic partner, local holdings, foreign
// requests screened against the partner's agreed purposes (one is blocked and
// waits for a supervisor; the others get ranked candidates), the generator's
// ground truth as annotations, and one account per role assigned to the demo
// partner. Everything is rendered, scored and hashed first (scoring may await
// the native matcher), then written in one transaction with its audit entries,
// so a workspace has either the whole demo or none of it.
import type { Minutia } from '../../../preload/shared/fingerprint';
import type { AuditActor } from '../audit/log';
import { purposeAllowed, screenPurpose } from '../cases/transitions';
import { RidgelineError } from '../errors';
import type { NewAnnotation } from '../annotations/annotations';
import { generateMasterFinger, renderImpression } from '../synthetic';
import type { Impression, MasterFinger } from '../synthetic/types';
import type { Workspace } from '../workspace';
import { prepareDemoAccounts, type DemoAccount } from './accounts';
import { CANDIDATES_PER_QUERY, DEMO_AGREEMENT, demoPlan, fingerNames, type DemoFinger } from './plan';
import { createScorer, type ScoredPrint, type ScoreSource, type ScoringMode } from './scoring';

export const DEMO_PARTNER = { id: 'partner_demo', name: 'Demo Partner (synthetic)', country: 'XX' } as const;
export const DEFAULT_DEMO_SEED = 1;
const GENERATOR = 'synthetic generator';
const MATCHER = 'native matcher';

export interface SeedDemoOptions {
  seed?: number;
  /** Who seeds, for the audit trail. */
  actor?: AuditActor;
  /** 'auto' uses the native matcher when it is built, else ground truth. */
  scoring?: ScoringMode;
}

export interface DemoSummary {
  created: boolean;
  partnerId: string;
  caseIds: string[];
  holdingCount: number;
  queryPrintCount: number;
  candidateScores: ScoreSource;
  seed: number;
  /**
   * The demo accounts with their one-time initial passwords, when this call
   * created them; empty when the demo was there already (passwords are never
   * shown twice: an administrator resets them).
   */
  accounts: DemoAccount[];
}

interface RenderedPrint extends ScoredPrint {
  finger: DemoFinger;
  impressionSeed: number;
}

const META_DEMO = 'demo';
const META_SEED = 'demo.seed';
const META_SCORES = 'demo.candidateScores';
const META_CASES = 'demo.caseIds';

/** The demo already in the workspace, or null. */
export function existingDemo(ws: Workspace): DemoSummary | null {
  if (ws.meta.get(META_DEMO) !== 'true' || !ws.partners.get(DEMO_PARTNER.id)) return null;
  const caseIds = JSON.parse(ws.meta.get(META_CASES) ?? '[]') as string[];
  const count = (sql: string, ...args: unknown[]) => (ws.db.prepare(sql).get(...args) as { n: number }).n;
  return {
    created: false,
    partnerId: DEMO_PARTNER.id,
    caseIds,
    holdingCount: count("SELECT count(*) AS n FROM prints WHERE role = 'holding' AND source LIKE 'synthetic:%'"),
    queryPrintCount: count("SELECT count(*) AS n FROM prints WHERE role = 'query' AND partner_id = ?", DEMO_PARTNER.id),
    candidateScores: ws.meta.get(META_SCORES) === 'matcher' ? 'matcher' : 'ground-truth',
    seed: Number(ws.meta.get(META_SEED) ?? DEFAULT_DEMO_SEED),
    accounts: [],
  };
}

function groundTruthAnnotations(printId: string, impression: Impression): NewAnnotation[] {
  const common = { printId, origin: 'ground-truth' as const, author: GENERATOR };
  return [
    ...impression.minutiae.map((m) => ({
      ...common,
      kind: 'minutia' as const,
      x: m.x,
      y: m.y,
      direction: m.direction,
      minutiaType: m.type === 'other' ? ('unknown' as const) : m.type,
      quality: m.quality,
    })),
    ...impression.cores.map((p) => ({ ...common, kind: 'core' as const, x: p.x, y: p.y, direction: p.direction ?? null, minutiaType: null, quality: null })),
    ...impression.deltas.map((p) => ({ ...common, kind: 'delta' as const, x: p.x, y: p.y, direction: null, minutiaType: null, quality: null })),
  ];
}

function matcherAnnotations(printId: string, minutiae: readonly Minutia[]): NewAnnotation[] {
  return minutiae.map((m) => ({
    printId,
    kind: 'minutia',
    origin: 'matcher',
    x: m.x,
    y: m.y,
    direction: m.direction,
    minutiaType: m.type === 'other' ? 'unknown' : m.type,
    quality: m.quality,
    author: MATCHER,
  }));
}

export async function seedDemo(ws: Workspace, options: SeedDemoOptions = {}): Promise<DemoSummary> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RidgelineError('invalid-argument', 'The demo seed must be an integer from 0 to 2^32 - 1', { seed });
  }
  const actor: AuditActor = options.actor ?? { userId: null, username: null, workstation: 'local' };
  // Seeding never changes anyone's partners but the demo accounts' own: whoever loads the demo
  // (an administrator, who sees no casework) cannot use it to extend a partner scope.
  const existing = existingDemo(ws);
  if (existing) return existing;
  if (ws.partners.get(DEMO_PARTNER.id)) {
    throw new RidgelineError('conflict', 'A partner with the demo partner id exists but the workspace is not a demo workspace');
  }

  // Render: one master per finger (queries of a holding's finger reuse its master).
  const plan = demoPlan(seed);
  const masters = new Map<number, MasterFinger>();
  const masterOf = (finger: DemoFinger) => {
    let master = masters.get(finger.masterSeed);
    if (!master) {
      master = generateMasterFinger(finger.pattern ? { seed: finger.masterSeed, pattern: finger.pattern } : { seed: finger.masterSeed });
      masters.set(finger.masterSeed, master);
    }
    return master;
  };
  const render = (finger: DemoFinger, impression: Parameters<typeof renderImpression>[1]): RenderedPrint => {
    return { finger, masterSeed: finger.masterSeed, impressionSeed: impression.seed, impression: renderImpression(masterOf(finger), impression) };
  };
  // Each print takes a few hundred milliseconds of CPU: yield between prints so
  // the process (Electron's main process, for demo.load) keeps serving events.
  const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));
  const holdings: { plan: (typeof plan.holdings)[number]; print: RenderedPrint }[] = [];
  for (const h of plan.holdings) {
    holdings.push({ plan: h, print: render(h, h.impression) });
    await yieldToEvents();
  }
  const cases: { plan: (typeof plan.cases)[number]; queries: RenderedPrint[] }[] = [];
  for (const c of plan.cases) {
    const queries: RenderedPrint[] = [];
    for (const q of c.queries) {
      queries.push(render(q, q.impression));
      await yieldToEvents();
    }
    cases.push({ plan: c, queries });
  }

  // Score every query against every holding and keep the best few, ranked.
  // A request outside the agreement is neither extracted nor searched: intake blocks it first.
  const searchedQueries = cases.filter((c) => purposeAllowed(DEMO_AGREEMENT, c.plan.purposeCode)).flatMap((c) => c.queries);
  const allPrints = [...holdings.map((h) => h.print), ...searchedQueries];
  const scorer = await createScorer(options.scoring ?? 'auto', allPrints);
  const ranked = new Map<RenderedPrint, { holding: number; score: number }[]>();
  for (const query of searchedQueries) {
    const scores: { holding: number; score: number }[] = [];
    for (const [holding, h] of holdings.entries()) scores.push({ holding, score: await scorer.score(query, h.print) });
    scores.sort((a, b) => b.score - a.score || a.holding - b.holding);
    ranked.set(query, scores.slice(0, CANDIDATES_PER_QUERY));
  }

  const printFields = (print: RenderedPrint) => ({
    fingerPosition: print.finger.fingerPosition,
    width: print.impression.image.width,
    height: print.impression.image.height,
    ppi: print.impression.image.ppi,
    pixels: print.impression.image.pixels,
    // Traceable to the generator: the exact pixels can be re-created from these seeds.
    source: `synthetic: Ridgeline generator, master seed ${print.masterSeed}, impression seed ${print.impressionSeed}`,
    impressionType: 'plain',
  });

  // Hashing the accounts' passwords is slow too: done before the transaction, like the rendering.
  const people = await prepareDemoAccounts(ws, DEMO_PARTNER.id, actor);

  return ws.db.transaction((): DemoSummary => {
    // Another call may have seeded while this one was rendering.
    const seeded = existingDemo(ws);
    if (seeded) return seeded;
    ws.partners.add({ ...DEMO_PARTNER });
    ws.agreements.apply(actor, { partnerId: DEMO_PARTNER.id, expectedVersion: 0, terms: DEMO_AGREEMENT, comment: 'Demo agreement (synthetic partner)' }, null);
    const annotations: NewAnnotation[] = [];
    const annotate = (printId: string, print: RenderedPrint, extracted = true) => {
      annotations.push(...groundTruthAnnotations(printId, print.impression));
      const found = extracted ? scorer.matcherMinutiae(print) : null;
      if (found) annotations.push(...matcherAnnotations(printId, found));
    };
    const holdingIds = holdings.map(({ plan: h, print }) => {
      const id = ws.prints.add({
        ...printFields(print),
        caseId: null,
        partnerId: null,
        role: 'holding',
        label: `Holding ${h.reference} ${fingerNames[h.fingerPosition] ?? ''}`.trim(),
        foreignProvided: false,
      });
      annotate(id, print);
      return id;
    });
    const caseIds = cases.map(({ plan: c, queries }) => {
      const caseId = ws.cases.create({ reference: c.reference, partnerId: DEMO_PARTNER.id, purposeCode: c.purposeCode, foreignProvided: true });
      // Intake screening, as for a received packet: a blocked case is not searched until a supervisor admits it.
      const searched = screenPurpose(ws, actor, caseId) === 'received';
      queries.forEach((query, index) => {
        const planned = c.queries[index]!;
        const printId = ws.prints.add({
          ...printFields(query),
          caseId,
          partnerId: DEMO_PARTNER.id,
          role: 'query',
          label: `Query ${fingerNames[planned.fingerPosition] ?? ''}`.trim(),
          foreignProvided: true,
        });
        annotate(printId, query, searched);
        if (searched) ranked.get(query)!.forEach(({ holding, score }, rank) => ws.cases.addCandidate(caseId, printId, holdingIds[holding]!, rank + 1, score));
      });
      return caseId;
    });
    ws.annotations.addMany(annotations);

    ws.meta.set(META_DEMO, 'true');
    ws.meta.set(META_SEED, String(seed));
    ws.meta.set(META_SCORES, scorer.source);
    ws.meta.set(META_CASES, JSON.stringify(caseIds));
    people.create();
    ws.audit.record({
      actor,
      event: 'demo.seeded',
      outcome: 'success',
      objects: [`partner:${DEMO_PARTNER.id}`, ...caseIds.map((id) => `case:${id}`)],
      details: { seed, candidateScores: scorer.source, holdings: holdingIds.length, accounts: people.accounts.map((a) => a.username), synthetic: true },
    });
    return {
      created: true,
      partnerId: DEMO_PARTNER.id,
      caseIds,
      holdingCount: holdingIds.length,
      queryPrintCount: cases.reduce((n, c) => n + c.queries.length, 0),
      candidateScores: scorer.source,
      seed,
      accounts: people.accounts,
    };
  }).immediate();
}
