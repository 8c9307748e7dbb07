// The single IPC channel: every renderer call arrives here, is checked for its
// sender frame and handed to the API host, which validates and dispatches it.
// The renderer always receives an ApiResult, never a rejection or a stack.
import type { IpcMain, WebContents } from 'electron';
import { IPC_CHANNEL, type ApiResult } from '../../preload/contract';
import { checkSender } from './sender';
import type { SecurityLog } from './hardening';

export interface ApiInvoker {
  invoke(method: unknown, args: unknown): Promise<ApiResult<unknown>>;
}

export function registerIpc(ipcMain: IpcMain, host: ApiInvoker, trustedContents: () => WebContents | null, log: SecurityLog): void {
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, args: unknown): Promise<ApiResult<unknown>> => {
    const verdict = checkSender(event, trustedContents());
    if (!verdict.trusted) {
      log('ipc-sender-refused', { reason: verdict.reason, method: typeof method === 'string' ? method : null });
      return { ok: false, error: { code: 'forbidden', message: 'This caller may not use the API' } };
    }
    try {
      return await host.invoke(method, args);
    } catch (error) {
      log('ipc-internal-error', { error: String(error) });
      return { ok: false, error: { code: 'internal', message: 'An internal error occurred; it has been logged' } };
    }
  });
}
