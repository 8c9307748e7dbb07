// What runs inside the page: opening the case with a clock, and the scripted
// pan / zoom / rotate / marking sequence, one input step per frame. Each step's
// cost is the main-thread work it causes: its event handlers, then any React
// work they scheduled (a message-channel turn runs after it), then the frame's
// drawing (from the frame's start to after Konva's draw callbacks). The wait
// for vsync in between is idle time, not counted.
import type { Page } from 'playwright-core';

/** Clicks the case's open button and resolves with the ms until both viewers drew their print. */
export async function timeOpen(page: Page, reference: string): Promise<number> {
  return page.evaluate(async (ref) => {
    performance.clearMarks();
    const button = Array.from(document.querySelectorAll<HTMLButtonElement>('[data-testid="open-case"]')).find((b) => b.textContent === ref);
    if (!button) throw new Error(`no case ${ref} in the worklist`);
    const start = performance.now();
    button.click();
    const drawn = () => ['query', 'candidate'].map((v) => performance.getEntriesByName(`ridgeline:viewer-drawn:${v}`)[0]);
    for (;;) {
      const marks = drawn();
      if (marks.every(Boolean)) return Math.max(...marks.map((m) => m!.startTime)) - start;
      if (performance.now() - start > 30_000) throw new Error('the prints were not drawn within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }, reference);
}

export interface StepTiming {
  kind: string;
  ms: number;
}

/** Runs the scripted sequence in the page and returns each step's main-thread time. */
export async function runSequence(page: Page): Promise<StepTiming[]> {
  return page.evaluate(async () => {
    const viewer = (name: string) => document.querySelector<HTMLElement>(`[data-testid="viewer-${name}"]`)!;
    const query = viewer('query');
    const rect = query.getBoundingClientRect();
    const centre = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    const pointer = (type: string, x: number, y: number, extra: PointerEventInit = {}) =>
      query.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, pointerId: 7, isPrimary: true, pointerType: 'mouse', ...extra }));
    const key = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    const channel = new MessageChannel();
    const macrotask = () =>
      new Promise<void>((resolve) => {
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
    const frame = () => new Promise<{ start: number; end: number }>((resolve) => requestAnimationFrame((start) => resolve({ start, end: performance.now() })));

    const timings: { kind: string; ms: number }[] = [];
    const step = async (kind: string, input: () => void) => {
      // Start on a fresh frame so the previous step's drawing is done.
      await frame();
      const t0 = performance.now();
      input();
      await macrotask();
      const handled = performance.now() - t0;
      const drawn = await frame();
      timings.push({ kind, ms: handled + Math.max(0, drawn.end - drawn.start) });
    };

    // Both viewers move together: every step redraws two 2000 x 2000 prints and 600 minutiae.
    key('l');
    key('m'); // the loupe follows the pointer during the marking passes
    // Pan: a drag across the viewer and back.
    await step('pan', () => pointer('pointerdown', centre.x, centre.y, { button: 0, buttons: 1 }));
    for (let i = 1; i <= 40; i++) await step('pan', () => pointer('pointermove', centre.x + i * 6, centre.y + i * 3, { buttons: 1 }));
    for (let i = 39; i >= 0; i--) await step('pan', () => pointer('pointermove', centre.x + i * 6, centre.y + i * 3, { buttons: 1 }));
    await step('pan', () => pointer('pointerup', centre.x, centre.y, { button: 0 }));
    // Zoom: wheel in to past 1:1 (pixel-exact), then out.
    for (let i = 0; i < 24; i++) await step('zoom', () => query.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: centre.x + 20, clientY: centre.y - 10, deltaY: -100 })));
    for (let i = 0; i < 24; i++) await step('zoom', () => query.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: centre.x + 20, clientY: centre.y - 10, deltaY: 100 })));
    // Rotate: 90° steps, fine steps, and a free Alt-drag.
    for (let i = 0; i < 4; i++) await step('rotate', () => key('r'));
    for (let i = 0; i < 10; i++) await step('rotate', () => key('.'));
    await step('rotate', () => pointer('pointerdown', centre.x + 100, centre.y, { button: 0, buttons: 1, altKey: true }));
    for (let i = 1; i <= 30; i++) {
      const a = (i / 30) * Math.PI;
      await step('rotate', () => pointer('pointermove', centre.x + Math.cos(a) * 100, centre.y + Math.sin(a) * 100, { buttons: 1, altKey: true }));
    }
    await step('rotate', () => pointer('pointerup', centre.x, centre.y, { button: 0, altKey: true }));
    // Marking: the pointer sweeps over the minutiae (cursor readout, loupe).
    for (let i = 0; i < 60; i++) await step('marking', () => pointer('pointermove', rect.left + 40 + i * ((rect.width - 80) / 60), centre.y + Math.sin(i / 6) * 80));
    key('m');
    key('l');
    return timings;
  });
}
