// Sandboxed preload (built as CommonJS): exposes exactly `window.ridgeline =
// { invoke(method, args) }` over the single IPC channel. Nothing else of
// Electron or Node reaches the page; main validates everything it receives.
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResult, RidgelineBridge } from './contract';
import { PRELOAD_IPC_CHANNEL } from './contract/channel';

const bridge: RidgelineBridge = {
  invoke(method: string, args: unknown): Promise<ApiResult<unknown>> {
    if (typeof method !== 'string') {
      return Promise.resolve({ ok: false, error: { code: 'unknown-method', message: 'No such API method' } });
    }
    return ipcRenderer.invoke(PRELOAD_IPC_CHANNEL, method, args) as Promise<ApiResult<unknown>>;
  },
};

contextBridge.exposeInMainWorld('ridgeline', Object.freeze(bridge));
