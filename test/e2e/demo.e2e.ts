// First start: an examiner with an empty worklist loads the synthetic demo and
// sees a side-by-side comparison at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './harness/artifacts';
import { ComparisonPage } from './harness/pages/ComparisonPage';
import { LoginPage } from './harness/pages/LoginPage';
import { WorklistPage } from './harness/pages/WorklistPage';
import { launchApp, targetAvailable, type RunningApp, type TargetName } from './harness/targets';
import { createE2EWorkspace, EXAMINER, seedExaminer, type E2EWorkspace } from './harness/workspace';

const targets: TargetName[] = ['chromium', 'electron'];

for (const target of targets) {
  describe.skipIf(!targetAvailable(target))(`first start with the demo (${target})`, () => {
    let e2e: E2EWorkspace;
    let app: RunningApp;

    beforeAll(async () => {
      e2e = createE2EWorkspace();
      await seedExaminer(e2e.ws, []);
      app = await launchApp(target, e2e);
    });

    afterAll(async () => {
      await app?.close();
      e2e?.close();
    });

    it('offers the demo to an examiner with an empty worklist', async () => {
      const login = new LoginPage(app.page);
      await login.waitUntilShown();
      await login.signIn(EXAMINER.username, EXAMINER.password);
      await app.page.getByTestId('first-start').waitFor({ state: 'visible' });
      await screenshot(app.page, `${target}-first-start`);
    });

    it('loads the demo cases into the worklist', { timeout: 180_000 }, async () => {
      const worklist = new WorklistPage(app.page);
      await app.page.getByTestId('load-demo').click();
      await app.page.getByTestId('worklist').waitFor({ state: 'visible', timeout: 170_000 });
      expect(await worklist.rows().count()).toBeGreaterThan(0);
    });

    it('opens a demo case with a mate, both prints drawn', async () => {
      const comparison = new ComparisonPage(app.page);
      // DEMO-001 has a mate among the holdings (the blocked DEMO-004 has no candidates yet).
      await new WorklistPage(app.page).open('DEMO-001');
      await comparison.waitForPrints();
      for (const viewer of ['query', 'candidate'] as const) {
        const stats = await comparison.canvasStats(viewer);
        expect(stats.covered, `${viewer} covered pixels`).toBeGreaterThan(stats.width * stats.height * 0.05);
        expect(stats.levels, `${viewer} gray levels`).toBeGreaterThan(32);
      }
      await screenshot(app.page, `${target}-demo-comparison`);
    });

    it('lists the matcher\'s proposed correspondences for the mated candidate', async () => {
      // Rank 1 of DEMO-001's query is its mate; the examiner sees the pairs the matcher proposes.
      const summary = app.page.getByTestId('correspondences-summary');
      await summary.waitFor({ state: 'visible', timeout: 60_000 });
      expect(Number(await summary.getAttribute('data-count'))).toBeGreaterThan(0);
      await app.page.getByTestId('proposed-pair').first().hover();
      await app.page.getByTestId('correspondence-link').waitFor({ state: 'attached' });
      await screenshot(app.page, `${target}-demo-correspondences`);
    });

    it('met no CSP violation, page error or request outside the app origin', () => {
      expect(app.foreignRequests).toEqual([]);
      expect(app.problems).toEqual([]);
    });
  });
}
