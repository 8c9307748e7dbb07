import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../preload/contract';

const exposed: [string, unknown][] = [];
const invoke = vi.fn(async () => ({ ok: true, value: [] }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.push([key, api]) },
  ipcRenderer: { invoke },
}));

await import('../../preload/index');

describe('preload bridge', () => {
  it('exposes exactly window.ridgeline = { invoke }, frozen', () => {
    expect(exposed.map(([key]) => key)).toEqual(['ridgeline']);
    const api = exposed[0]![1] as Record<string, unknown>;
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('uses the contract channel name (kept apart so zod stays out of the preload)', async () => {
    const { PRELOAD_IPC_CHANNEL } = await import('../../preload/contract/channel');
    expect(PRELOAD_IPC_CHANNEL).toBe(IPC_CHANNEL);
  });

  it('sends every call over the single contract channel', async () => {
    const api = exposed[0]![1] as { invoke(method: unknown, args: unknown): Promise<unknown> };
    await expect(api.invoke('cases.list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'cases.list', {});
  });

  it('answers a non-string method with a typed error, without IPC', async () => {
    invoke.mockClear();
    const api = exposed[0]![1] as { invoke(method: unknown, args: unknown): Promise<unknown> };
    await expect(api.invoke(42, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(invoke).not.toHaveBeenCalled();
  });
});
