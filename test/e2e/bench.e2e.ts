// The bench's viewers as an examiner uses them: link and unlink the viewers,
// rotate in 90° steps and freely, true scale, the cursor readout in pixels and
// millimetres, the loupe, display adjustments that leave the stored print as
// it was, the shortcut help, and an export that asks first and shows the
// remaining allowance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './harness/artifacts';
import { BenchPage } from './harness/pages/BenchPage';
import { ComparisonPage } from './harness/pages/ComparisonPage';
import { LoginPage } from './harness/pages/LoginPage';
import { WorklistPage } from './harness/pages/WorklistPage';
import { FIXTURE_PARTNER, FIXTURE_REFERENCE, seedFixtureCase } from './harness/fixture-case';
import { launchApp, targetAvailable, type RunningApp } from './harness/targets';
import { analyseAsExaminer, createE2EWorkspace, EXAMINER, seedExaminer, type E2EWorkspace } from './harness/workspace';

describe.skipIf(!targetAvailable('chromium'))('examiner bench viewers (chromium)', () => {
  let e2e: E2EWorkspace;
  let app: RunningApp;
  let comparison: ComparisonPage;
  let bench: BenchPage;
  let fixture: ReturnType<typeof seedFixtureCase>;

  beforeAll(async () => {
    e2e = createE2EWorkspace();
    fixture = seedFixtureCase(e2e.ws);
    await seedExaminer(e2e.ws, [FIXTURE_PARTNER.id]);
    // The candidate pane opens only after the query print's analysis (core enforces it).
    analyseAsExaminer(e2e.ws, FIXTURE_REFERENCE);
    app = await launchApp('chromium', e2e);
    comparison = new ComparisonPage(app.page);
    bench = new BenchPage(app.page);
    const login = new LoginPage(app.page);
    await login.waitUntilShown();
    await login.signIn(EXAMINER.username, EXAMINER.password);
    await new WorklistPage(app.page).waitUntilShown();
    await new WorklistPage(app.page).open(FIXTURE_REFERENCE);
    await comparison.waitForPrints();
  });

  afterAll(async () => {
    await app?.close();
    e2e?.close();
  });

  it('rotates each viewer on its own while unlinked, and both together once linked', async () => {
    await bench.rotateClockwise('query');
    expect(await bench.rotation('query')).toBe(90);
    expect(await bench.rotation('candidate')).toBe(0);
    // The print turned with its transform: its drawn box is now as wide as it was tall.
    const turned = await comparison.canvasStats('query');
    expect(turned.box!.right - turned.box!.left).toBeGreaterThan(turned.box!.bottom - turned.box!.top);

    await bench.toggle('link-viewers');
    expect(await bench.pressed('link-viewers')).toBe(true);
    await bench.pointAt('candidate');
    await app.page.keyboard.press('r');
    expect(await bench.rotation('candidate')).toBe(90);
    expect(await bench.rotation('query')).toBe(180);
    const before = { query: await comparison.transform('query'), candidate: await comparison.transform('candidate') };
    await comparison.drag('query', 40, 25);
    const after = { query: await comparison.transform('query'), candidate: await comparison.transform('candidate') };
    expect(after.candidate.x - before.candidate.x).toBeCloseTo(after.query.x - before.query.x, 0);
    expect(after.candidate.y - before.candidate.y).toBeCloseTo(after.query.y - before.query.y, 0);

    await app.page.keyboard.press('l');
    expect(await bench.pressed('link-viewers')).toBe(false);
    await comparison.drag('query', 30, 0);
    expect((await comparison.transform('candidate')).x).toBeCloseTo(after.candidate.x, 1);
  });

  it('rotates freely with Alt-drag and by degrees in the toolbar', async () => {
    await app.page.getByTestId('query-rotation').fill('17');
    expect(await bench.rotation('query')).toBe(17);
    const box = (await comparison.viewer('query').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await app.page.keyboard.down('Alt');
    await app.page.mouse.move(cx + 100, cy);
    await app.page.mouse.down();
    for (let i = 1; i <= 6; i++) await app.page.mouse.move(cx + 100 * Math.cos((i * Math.PI) / 12), cy + 100 * Math.sin((i * Math.PI) / 12));
    await app.page.mouse.up();
    await app.page.keyboard.up('Alt');
    expect(await bench.rotation('query')).toBeCloseTo(17 + 90, 0);
  });

  it('reads the cursor in pixels and millimetres at the print resolution, and shows the loupe', async () => {
    await comparison.clickFit('query');
    await bench.pointAt('query');
    const text = await bench.cursorReadout('query');
    const match = /x (\d+) px ([\d.]+) mm · y (\d+) px ([\d.]+) mm/.exec(text ?? '');
    expect(match, text ?? 'no readout').not.toBeNull();
    // 500 ppi: 1 mm is 19.685 px.
    expect(Number(match![2])).toBeCloseTo((Number(match![1]) * 25.4) / 500, 1);
    await app.page.keyboard.press('m');
    await bench.pointAt('query', 5, 5);
    await app.page.getByTestId('loupe-query').waitFor({ state: 'visible' });
    await screenshot(app.page, 'chromium-bench-loupe');
    await app.page.keyboard.press('m');
  });

  it('true scale shows prints of different resolution at the same physical size', async () => {
    await bench.toggle('true-scale');
    const query = await comparison.transform('query');
    const candidate = await comparison.transform('candidate');
    // Both fixture prints are 500 ppi: the same scale; the store test covers differing ppi.
    expect(candidate.scale).toBeCloseTo(query.scale, 4);
    await comparison.clickZoomIn('query');
    expect((await comparison.transform('candidate')).scale).toBeCloseTo((await comparison.transform('query')).scale, 4);
    await bench.toggle('true-scale');
  });

  it('inverts the displayed print (display only: the renderer has no way to write a print)', async () => {
    await comparison.clickFit('query');
    await app.page.getByTestId('query-rotation').fill('0');
    const plain = await comparison.canvasStats('query');
    await bench.openAdjustments('query');
    await app.page.getByTestId('query-invert').check();
    await app.page.waitForFunction(() => !document.querySelector('[data-testid="viewer-query"]')?.hasAttribute('data-adjusting'));
    const inverted = await comparison.canvasStats('query');
    expect(inverted.covered).toBe(plain.covered);
    expect(inverted.mean).toBeCloseTo(255 - plain.mean, -1);
    expect(await app.page.getByTestId('query-adjustments-summary').textContent()).toContain('inverted');
    await app.page.getByTestId('query-invert').uncheck();
  });

  it('lists every shortcut on ?, and closes with Escape', async () => {
    // A field keeps its keys: Escape leaves the field, not the case.
    await app.page.getByTestId('query-rotation').focus();
    await app.page.keyboard.press('Escape');
    await app.page.getByTestId('comparison').waitFor({ state: 'visible' });
    await app.page.keyboard.press('?');
    const help = app.page.getByTestId('shortcut-help');
    await help.waitFor({ state: 'visible' });
    expect(await help.textContent()).toContain('Link or unlink the viewers');
    await app.page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await app.page.getByTestId('comparison').waitFor({ state: 'visible' });
  });

  it('asks before an export and shows the remaining allowance; cancelling exports nothing', async () => {
    await app.page.getByTestId('export-menu').click();
    await app.page.getByTestId(`export-print-${fixture.queryPrintId}`).click();
    const remaining = app.page.getByTestId('export-remaining');
    await remaining.waitFor({ state: 'visible' });
    expect(await remaining.textContent()).toMatch(/0 of \d+ print exports used/);
    await app.page.getByRole('button', { name: 'Cancel' }).click();
    // Cancelled: nothing was charged.
    await app.page.getByTestId('export-menu').click();
    await app.page.getByTestId(`export-print-${fixture.queryPrintId}`).click();
    expect(await remaining.textContent()).toMatch(/0 of \d+ print exports used/);
    await app.page.getByRole('button', { name: 'Cancel' }).click();
    expect(await app.page.getByTestId('export-done').count()).toBe(0);
  });

  it('met no page error and loaded nothing from outside the app origin', () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
