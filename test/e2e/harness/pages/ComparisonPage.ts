// The comparison workspace seen through its canvases: which pixels are drawn,
// where the print sits, and the viewer transform the store holds.
import type { Page } from 'playwright-core';

export type ViewerName = 'query' | 'candidate';

export interface CanvasStats {
  width: number;
  height: number;
  /** Pixels the print covers (alpha > 0 on the image layer). */
  covered: number;
  /** Distinct gray levels among covered pixels: a blank or flat canvas has very few. */
  levels: number;
  /** Mean gray level of the covered pixels. */
  mean: number;
  /** Bounding box of the covered pixels, in canvas pixels. */
  box: { left: number; top: number; right: number; bottom: number } | null;
}

export interface ViewerTransform {
  scale: number;
  x: number;
  y: number;
}

export class ComparisonPage {
  constructor(private readonly page: Page) {}

  viewer(name: ViewerName) {
    return this.page.getByTestId(`viewer-${name}`);
  }

  async waitForPrints(): Promise<void> {
    await this.page.getByTestId('comparison').waitFor({ state: 'visible' });
    for (const name of ['query', 'candidate'] as const) {
      await this.page.locator(`[data-testid="viewer-${name}"][data-image="ready"] canvas`).first().waitFor({ state: 'attached' });
    }
  }

  async transform(name: ViewerName): Promise<ViewerTransform> {
    const viewer = this.viewer(name);
    const read = async (attribute: string) => Number(await viewer.getAttribute(attribute));
    return { scale: await read('data-scale'), x: await read('data-x'), y: await read('data-y') };
  }

  /** Reads the image layer's pixels (the first canvas Konva creates in the viewer). */
  async canvasStats(name: ViewerName): Promise<CanvasStats> {
    // Konva draws on the next animation frame after a state change.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return this.viewer(name).evaluate((element) => {
      const canvas = element.querySelector<HTMLCanvasElement>('.konvajs-content canvas');
      if (!canvas) return { width: 0, height: 0, covered: 0, levels: 0, mean: 0, box: null };
      const context = canvas.getContext('2d');
      if (!context) return { width: canvas.width, height: canvas.height, covered: 0, levels: 0, mean: 0, box: null };
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const levels = new Set<number>();
      let covered = 0;
      let sum = 0;
      let left = Infinity;
      let top = Infinity;
      let right = -Infinity;
      let bottom = -Infinity;
      for (let i = 0; i < data.length; i += 4) {
        if ((data[i + 3] ?? 0) === 0) continue;
        covered++;
        sum += data[i] ?? 0;
        levels.add(data[i] ?? 0);
        const p = i / 4;
        const x = p % canvas.width;
        const y = Math.floor(p / canvas.width);
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
      return { width: canvas.width, height: canvas.height, covered, levels: levels.size, mean: covered ? sum / covered : 0, box: covered ? { left, top, right, bottom } : null };
    });
  }

  async drag(name: ViewerName, dx: number, dy: number): Promise<void> {
    const box = await this.viewer(name).boundingBox();
    if (!box) throw new Error(`viewer ${name} is not visible`);
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    const steps = 8;
    for (let i = 1; i <= steps; i++) await this.page.mouse.move(start.x + (dx * i) / steps, start.y + (dy * i) / steps);
    await this.page.mouse.up();
  }

  async wheel(name: ViewerName, deltaY: number): Promise<void> {
    const box = await this.viewer(name).boundingBox();
    if (!box) throw new Error(`viewer ${name} is not visible`);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, deltaY);
  }

  async clickZoomIn(name: ViewerName): Promise<void> {
    await this.page.getByTestId(`${name}-zoom-in`).click();
  }

  async clickFit(name: ViewerName): Promise<void> {
    await this.page.getByTestId(`${name}-fit`).click();
  }

  foreignBadges() {
    return this.page.getByTestId('comparison').getByTestId('foreign-provided-badge');
  }
}
