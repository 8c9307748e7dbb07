// The examiner's bench seen like a person uses it: the bench bar toggles, the
// per-viewer rotation and adjustments, the keyboard, and the viewers' state.
import type { Page } from 'playwright-core';
import type { ViewerName } from './ComparisonPage';

export class BenchPage {
  constructor(private readonly page: Page) {}

  async toggle(name: 'link-viewers' | 'true-scale' | 'loupe'): Promise<void> {
    await this.page.getByTestId(name).click();
  }

  async pressed(name: 'link-viewers' | 'true-scale' | 'loupe'): Promise<boolean> {
    return (await this.page.getByTestId(name).getAttribute('aria-pressed')) === 'true';
  }

  async rotation(viewer: ViewerName): Promise<number> {
    return Number(await this.page.getByTestId(`viewer-${viewer}`).getAttribute('data-rotation'));
  }

  async rotateClockwise(viewer: ViewerName): Promise<void> {
    await this.page.getByTestId(`${viewer}-rotate-cw`).click();
  }

  /** Points at the middle of a viewer, so keyboard shortcuts act on it. */
  async pointAt(viewer: ViewerName, dx = 0, dy = 0): Promise<void> {
    const box = await this.page.getByTestId(`viewer-${viewer}`).boundingBox();
    if (!box) throw new Error(`viewer ${viewer} is not visible`);
    await this.page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
  }

  async cursorReadout(viewer: ViewerName): Promise<string | null> {
    const readout = this.page.getByTestId(`cursor-${viewer}`);
    return (await readout.isHidden()) ? null : readout.textContent();
  }

  async openAdjustments(viewer: ViewerName): Promise<void> {
    await this.page.getByTestId(`${viewer}-adjust`).click();
    await this.page.getByTestId(`adjustments-${viewer}`).waitFor({ state: 'visible' });
  }
}
