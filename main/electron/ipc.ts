// The single IPC channel: every renderer call arrives here, is checked for its
// sender frame and handed to the API host, which validates and dispatches it.
// The renderer always receives an ApiResult, never a rejection or a stack.
import type { IpcMain, WebContents } from 'electron';
import { IPC_CHANNEL, type ApiResult } from '../../preload/contract';
import { isExportMethod, saveInMain } from './exits';
import { checkSender } from './sender';
import type { SecurityLog } from './hardening';

export interface ApiInvoker {
  invoke(method: unknown, args: unknown): Promise<ApiResult<unknown>>;
}

/** Main's save dialog: the chosen path, or null when cancelled. */
export type ChooseSavePath = (suggestedName: string) => Promise<string | null>;

export function registerIpc(ipcMain: IpcMain, host: ApiInvoker, trustedContents: () => WebContents | null, log: SecurityLog, chooseSavePath?: ChooseSavePath): void {
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, args: unknown): Promise<ApiResult<unknown>> => {
    const verdict = checkSender(event, trustedContents());
    if (!verdict.trusted) {
      log('ipc-sender-refused', { reason: verdict.reason, method: typeof method === 'string' ? method : null });
      return { ok: false, error: { code: 'forbidden', message: 'This caller may not use the API' } };
    }
    try {
      const result = await host.invoke(method, args);
      // Files leave through main only: it saves the export, the renderer never holds it to download.
      if (chooseSavePath && result.ok && isExportMethod(method)) {
        const value = await saveInMain(method, result.value as Record<string, unknown>, chooseSavePath);
        log('export-saved', { method, saved: value['savedTo'] !== null });
        return { ok: true, value };
      }
      return result;
    } catch (error) {
      log('ipc-internal-error', { error: String(error) });
      return { ok: false, error: { code: 'internal', message: 'An internal error occurred; it has been logged' } };
    }
  });
}
