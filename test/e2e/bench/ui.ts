// UI benchmark (kept with the E2E harness it drives) (npm run bench:ui -- [--json] [--runs N]): the built renderer in
// headless Chromium, the real API host in this process (as the E2E specs run
// it), a case of two 2000 x 2000 prints with 300 minutiae each. Measures the
// time from opening the case to both prints drawn, and the main-thread time
// per frame over a scripted pan / zoom / rotate / marking sequence.
// Needs `npm run build` first.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from '../../../main/cli/args';
import { FIXTURE_PARTNER } from '../harness/fixture-case';
import { CHROMIUM_PATH } from '../harness/chromium';
import { ComparisonPage } from '../harness/pages/ComparisonPage';
import { LoginPage } from '../harness/pages/LoginPage';
import { WorklistPage } from '../harness/pages/WorklistPage';
import { bundleRoot, launchApp } from '../harness/targets';
import { createE2EWorkspace, EXAMINER, seedExaminer } from '../harness/workspace';
import { runSequence, timeOpen } from './ui/page-steps';
import { BENCH_REFERENCE, MINUTIAE_PER_PRINT, PRINT_SIZE, seedBenchCase } from './ui/seed';

const args = parseArgs(process.argv.slice(2), { flags: ['json'], options: ['runs'] });
const runs = Math.max(1, Number(args.options.get('runs') ?? '5'));

if (!fs.existsSync(path.join(bundleRoot, 'index.html'))) {
  console.error('bench:ui: no built renderer; run `npm run build` first');
  process.exit(1);
}
if (!fs.existsSync(CHROMIUM_PATH)) {
  console.error(`bench:ui: ${CHROMIUM_PATH} is missing; install it with \`apt-get update && apt-get install -y chromium\``);
  process.exit(1);
}

const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
};
const round = (ms: number) => Math.round(ms * 10) / 10;

async function main() {
  const e2e = createE2EWorkspace();
  seedBenchCase(e2e.ws);
  await seedExaminer(e2e.ws, [FIXTURE_PARTNER.id]);
  const app = await launchApp('chromium', e2e);
  try {
    const login = new LoginPage(app.page);
    await login.waitUntilShown();
    await login.signIn(EXAMINER.username, EXAMINER.password);
    const worklist = new WorklistPage(app.page);
    await worklist.waitUntilShown();
    const comparison = new ComparisonPage(app.page);

    // Open the case `runs` times (back to the worklist in between); the first is cold.
    const opens: number[] = [];
    for (let i = 0; i < runs; i++) {
      await app.page.getByTestId('worklist').waitFor({ state: 'visible' });
      opens.push(await timeOpen(app.page, BENCH_REFERENCE));
      await comparison.waitForPrints();
      if (i < runs - 1) {
        await app.page.keyboard.press('Escape');
      }
    }
    // The matcher's proposals arrive after the prints; let them land so they are part of the drawing.
    await app.page.getByTestId('correspondences-panel').and(app.page.locator(':not([data-status="loading"])')).waitFor({ timeout: 120_000 });

    const steps = await runSequence(app.page);
    const frames = steps.map((s) => s.ms);
    const byKind = Object.fromEntries(
      [...new Set(steps.map((s) => s.kind))].map((kind) => {
        const ms = steps.filter((s) => s.kind === kind).map((s) => s.ms);
        return [kind, { count: ms.length, medianMs: round(quantile(ms, 0.5)), p95Ms: round(quantile(ms, 0.95)) }];
      }),
    );
    const report = {
      bench: 'ui',
      browser: `${CHROMIUM_PATH} ${app.page.context().browser()?.version() ?? ''}`.trim(),
      viewport: app.page.viewportSize(),
      prints: { count: 2, width: PRINT_SIZE, height: PRINT_SIZE, minutiaePerPrint: MINUTIAE_PER_PRINT },
      openToDrawn: { runs, coldMs: round(opens[0]!), medianMs: round(quantile(opens, 0.5)), maxMs: round(Math.max(...opens)), targetMs: 300 },
      frames: {
        count: frames.length,
        medianMs: round(quantile(frames, 0.5)),
        p95Ms: round(quantile(frames, 0.95)),
        maxMs: round(Math.max(...frames)),
        targetMedianMs: 16,
        targetP95Ms: 33,
        byKind,
      },
      problems: app.problems,
    };
    if (args.flags.has('json')) console.log(JSON.stringify(report, null, 2));
    else {
      console.log(`open -> both prints drawn: cold ${report.openToDrawn.coldMs} ms, median ${report.openToDrawn.medianMs} ms over ${runs} opens (target < 300 ms)`);
      console.log(`frames: ${frames.length} steps, median ${report.frames.medianMs} ms, p95 ${report.frames.p95Ms} ms, max ${report.frames.maxMs} ms (targets < 16 / < 33 ms)`);
      for (const [kind, figures] of Object.entries(byKind)) console.log(`  ${kind}: ${figures.count} steps, median ${figures.medianMs} ms, p95 ${figures.p95Ms} ms`);
    }
  } catch (error) {
    if (app.problems.length) console.error(`bench:ui: the page reported: ${app.problems.join('; ')}`);
    throw error;
  } finally {
    await app.close();
    e2e.close();
  }
}

main().catch((error) => {
  console.error(`bench:ui: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
