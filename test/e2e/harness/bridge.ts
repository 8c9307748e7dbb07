// Installs `window.ridgeline` in the page through the same contract the preload
// exposes: every call goes to the window's client of the real core worker.
import type { Page } from 'playwright-core';
import type { ApiInvoker } from '../../../main/electron/ipc';

const BINDING = '__ridgelineE2EInvoke';

export async function installBridge(page: Page, host: ApiInvoker): Promise<string[]> {
  const calls: string[] = [];
  await page.exposeFunction(BINDING, async (method: unknown, args: unknown) => {
    calls.push(String(method));
    // Playwright serialises arguments and results like structured clone does over IPC: Uint8Array stays Uint8Array.
    return host.invoke(method, args);
  });
  await page.addInitScript((binding: string) => {
    const target = window as unknown as Record<string, unknown>;
    const bridge = Object.freeze({
      invoke: (method: string, args: unknown) => (target[binding] as (m: string, a: unknown) => Promise<unknown>)(method, args),
    });
    Object.defineProperty(window, 'ridgeline', { value: bridge, writable: false, configurable: false });
  }, BINDING);
  return calls;
}
