// Start, sign in, open a case, see both prints drawn, pan and zoom: the same
// steps in Chromium (API host in this process) and in real Electron.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './harness/artifacts';
import { ComparisonPage } from './harness/pages/ComparisonPage';
import { LoginPage } from './harness/pages/LoginPage';
import { WorklistPage } from './harness/pages/WorklistPage';
import { FIXTURE_PARTNER, FIXTURE_REFERENCE, seedFixtureCase } from './harness/fixture-case';
import { launchApp, targetAvailable, type RunningApp, type TargetName } from './harness/targets';
import { analyseAsExaminer, createE2EWorkspace, EXAMINER, seedExaminer, type E2EWorkspace } from './harness/workspace';

const targets: TargetName[] = ['chromium', 'electron'];

for (const target of targets) {
  describe.skipIf(!targetAvailable(target))(`comparison workspace (${target})`, () => {
    let e2e: E2EWorkspace;
    let app: RunningApp;
    let comparison: ComparisonPage;
    let fixture: ReturnType<typeof seedFixtureCase>;

    beforeAll(async () => {
      e2e = createE2EWorkspace();
      fixture = seedFixtureCase(e2e.ws);
      await seedExaminer(e2e.ws, [FIXTURE_PARTNER.id]);
      analyseAsExaminer(e2e.ws, FIXTURE_REFERENCE);
      app = await launchApp(target, e2e);
      comparison = new ComparisonPage(app.page);
    });

    afterAll(async () => {
      await app?.close();
      e2e?.close();
    });

    it('starts on the sign-in form', async () => {
      await new LoginPage(app.page).waitUntilShown();
    });

    it('serves no print image before sign-in', async () => {
      const problemsBefore = app.problems.length;
      const loads = await app.page.evaluate(async (printId) => {
        const image = new Image();
        const loaded = new Promise<boolean>((resolve) => {
          image.onload = () => resolve(true);
          image.onerror = () => resolve(false);
        });
        image.src = `media/print/${printId}.png`;
        return loaded;
      }, fixture.queryPrintId);
      expect(loads).toBe(false);
      // The refusal itself is logged by the browser as a failed load: expected here, so not a problem.
      const added = app.problems.splice(problemsBefore);
      expect(added.every((p) => p.includes('404'))).toBe(true);
    });

    it('signs in and lists the case with its foreign-provided badge', async () => {
      await new LoginPage(app.page).signIn(EXAMINER.username, EXAMINER.password);
      const worklist = new WorklistPage(app.page);
      await worklist.waitUntilShown();
      expect(await worklist.references()).toContain(FIXTURE_REFERENCE);
      expect(await worklist.foreignBadges().count()).toBeGreaterThan(0);
      await screenshot(app.page, `${target}-worklist`);
    });

    it('opens the case and draws both prints', async () => {
      await new WorklistPage(app.page).open(FIXTURE_REFERENCE);
      await comparison.waitForPrints();
      for (const viewer of ['query', 'candidate'] as const) {
        const stats = await comparison.canvasStats(viewer);
        expect(stats.covered, `${viewer} covered pixels`).toBeGreaterThan(stats.width * stats.height * 0.1);
        expect(stats.levels, `${viewer} gray levels`).toBeGreaterThan(32);
      }
      expect(await comparison.foreignBadges().count()).toBeGreaterThan(0);
      await screenshot(app.page, `${target}-comparison`);
    });

    it('pans the query print by dragging: the transform and the pixels move together', async () => {
      const before = await comparison.transform('query');
      const pixelsBefore = await comparison.canvasStats('query');
      await comparison.drag('query', 60, 40);
      const after = await comparison.transform('query');
      const pixelsAfter = await comparison.canvasStats('query');
      expect(after.scale).toBeCloseTo(before.scale, 4);
      expect(after.x - before.x).toBeCloseTo(60, -1);
      expect(after.y - before.y).toBeCloseTo(40, -1);
      expect(pixelsAfter.box!.left - pixelsBefore.box!.left).toBeCloseTo(after.x - before.x, -1);
      expect(pixelsAfter.box!.top - pixelsBefore.box!.top).toBeCloseTo(after.y - before.y, -1);
      // The candidate viewer keeps its own viewport.
      const candidate = await comparison.transform('candidate');
      expect(candidate.x).not.toBeCloseTo(after.x, 0);
    });

    it('zooms with the wheel about the pointer and with the buttons; Fit restores the view', async () => {
      await comparison.clickFit('query');
      const fitted = await comparison.transform('query');
      const fittedPixels = await comparison.canvasStats('query');
      await comparison.wheel('query', -300);
      const zoomed = await comparison.transform('query');
      expect(zoomed.scale).toBeGreaterThan(fitted.scale * 1.5);
      const zoomedPixels = await comparison.canvasStats('query');
      const width = (s: typeof zoomedPixels) => s.box!.right - s.box!.left;
      // The print grew on screen (it may now be clipped by the viewer, so compare coverage too).
      expect(zoomedPixels.covered).toBeGreaterThan(fittedPixels.covered);
      expect(width(zoomedPixels)).toBeGreaterThanOrEqual(width(fittedPixels));

      await comparison.clickFit('query');
      expect(await comparison.transform('query')).toEqual(fitted);
      await comparison.clickZoomIn('candidate');
      const candidatePixels = await comparison.canvasStats('candidate');
      expect((await comparison.transform('candidate')).scale).toBeGreaterThan(fitted.scale);
      expect(candidatePixels.covered).toBeGreaterThan(0);
    });

    it('loaded nothing from outside the app origin and met no CSP violation or page error', () => {
      expect(app.foreignRequests).toEqual([]);
      expect(app.problems).toEqual([]);
    });
  });
}
