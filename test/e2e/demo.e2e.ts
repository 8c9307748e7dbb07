// First run as a new user: on an empty workspace the administrator is created,
// loads the synthetic demo from the administration screen and reads the demo
// accounts' one-time passwords; the demo examiner signs in with theirs, must
// choose their own password, and sees the demo cases side by side at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './harness/artifacts';
import { ComparisonPage } from './harness/pages/ComparisonPage';
import { LoginPage } from './harness/pages/LoginPage';
import { WorklistPage } from './harness/pages/WorklistPage';
import { launchApp, targetAvailable, type RunningApp, type TargetName } from './harness/targets';
import { analyseThroughPage, createE2EWorkspace, type E2EWorkspace } from './harness/workspace';

const targets: TargetName[] = ['chromium', 'electron'];
const ADMIN = { username: 'firstadmin', displayName: 'First Administrator', password: 'a brand new passphrase' };
const EXAMINER_OWN_PASSWORD = 'my own examiner passphrase';

for (const target of targets) {
  describe.skipIf(!targetAvailable(target))(`first run with the demo (${target})`, () => {
    let e2e: E2EWorkspace;
    let app: RunningApp;
    let examinerPassword = '';

    beforeAll(async () => {
      e2e = createE2EWorkspace();
      app = await launchApp(target, e2e);
    });

    afterAll(async () => {
      await app?.close();
      e2e?.close();
    });

    it('asks a new workspace for its administrator', async () => {
      const page = app.page;
      await page.getByTestId('first-run-form').waitFor({ state: 'visible' });
      await page.getByTestId('first-run-username').fill(ADMIN.username);
      await page.getByTestId('first-run-name').fill(ADMIN.displayName);
      await page.getByTestId('first-run-password').fill(ADMIN.password);
      await page.getByTestId('first-run-repeat').fill(ADMIN.password);
      await page.getByTestId('first-run-submit').click();
      await page.getByTestId('admin-screen').waitFor({ state: 'visible', timeout: 30_000 });
    });

    it('lets the administrator load the demo and shows each role\'s one-time password once', { timeout: 180_000 }, async () => {
      const page = app.page;
      await page.getByTestId('load-demo').click();
      await page.getByTestId('demo-accounts').waitFor({ state: 'visible', timeout: 170_000 });
      for (const username of ['demo-examiner', 'demo-verifier', 'demo-supervisor', 'demo-auditor']) {
        expect(await page.getByTestId(`demo-password-${username}`).textContent()).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
      }
      examinerPassword = (await page.getByTestId('demo-password-demo-examiner').textContent()) ?? '';
      // The demo accounts are listed with the other accounts, waiting for their first sign-in.
      await page.locator('[data-testid="admin-user-row"][data-username="demo-examiner"]').waitFor({ state: 'visible' });
      await screenshot(app.page, `${target}-demo-accounts`);
      await page.getByTestId('demo-accounts-done').click();
      expect(await page.getByTestId('demo-accounts').count()).toBe(0);
      await page.getByTestId('sign-out').click();
    });

    it('makes the demo examiner choose their own password at first sign-in', async () => {
      const login = new LoginPage(app.page);
      await login.waitUntilShown();
      await login.signIn('demo-examiner', examinerPassword);
      const page = app.page;
      await page.getByTestId('change-password-form').waitFor({ state: 'visible', timeout: 30_000 });
      await page.getByTestId('change-current').fill(examinerPassword);
      await page.getByTestId('change-new').fill(EXAMINER_OWN_PASSWORD);
      await page.getByTestId('change-repeat').fill(EXAMINER_OWN_PASSWORD);
      await page.getByTestId('change-submit').click();
      await page.getByTestId('worklist').waitFor({ state: 'visible', timeout: 30_000 });
      expect(await new WorklistPage(page).rows().count()).toBe(4);
    });

    it('opens a demo case with a mate, both prints drawn', async () => {
      const comparison = new ComparisonPage(app.page);
      // DEMO-001 has a mate among the holdings (the blocked DEMO-004 has no candidates yet).
      // Candidates show only after the analysis of the query print.
      await analyseThroughPage(app.page, 'DEMO-001');
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
