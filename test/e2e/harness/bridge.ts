// Installs `window.ridgeline` in the page through the same contract the preload
// exposes: every call goes to the real API host in the test process.
import type { Page } from 'playwright-core';
import type { ApiHost } from '../../../main/api/host';

const BINDING = '__ridgelineE2EInvoke';

export async function installBridge(page: Page, host: ApiHost): Promise<string[]> {
  const calls: string[] = [];
  await page.exposeFunction(BINDING, async (method: unknown, args: unknown) => {
    calls.push(String(method));
    // The result crosses as JSON, exactly as structured clone would carry an ApiResult over IPC.
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
