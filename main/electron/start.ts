// App lifecycle: harden before anything loads, unwrap the database key, open
// the workspace in the user-data folder (created on first start), serve the
// app origin and wire the single IPC channel to the API host.
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session, type WebContents } from 'electron';
import os from 'node:os';
import { createApiHost } from '../api/host';
import { RidgelineError } from '../core/errors';
import { DATABASE_FILE, openWorkspace, type Workspace } from '../core/workspace';
import { createAppResolver } from '../protocol/resolver';
import { createScopedPrintSource, sessionScope } from '../protocol/print-media';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { hardenApp, hardenSession } from './hardening';
import { registerIpc } from './ipc';
import { loadOrCreateDatabaseKey } from './keystore';
import { securityLog } from './log';
import { appPaths, workspaceExists } from './paths';
import { createMainWindow } from './window';

/**
 * The E2E harness runs the real app on a workspace it seeded, with its own key.
 * Honoured only in an unpackaged (development) build: a shipped app always
 * takes its key from the OS keystore.
 */
function e2eWorkspace(): { dir: string; key: Uint8Array } | null {
  const dir = process.env.RIDGELINE_E2E_WORKSPACE_DIR;
  const hex = process.env.RIDGELINE_E2E_KEY_HEX;
  if (!dir || !hex) return null;
  if (app.isPackaged) {
    securityLog('e2e-override-ignored', { reason: 'packaged build' });
    return null;
  }
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new RidgelineError('wrong-key', 'RIDGELINE_E2E_KEY_HEX must be 64 hex digits');
  return { dir, key: new Uint8Array(Buffer.from(hex, 'hex')) };
}

async function openAppWorkspace(userData: string, workspaceDir: string): Promise<Workspace> {
  const e2e = e2eWorkspace();
  if (e2e) return openWorkspace({ dir: e2e.dir, key: e2e.key, create: false });
  const { key } = await loadOrCreateDatabaseKey({
    userData,
    safeStorage,
    allowPlainTextBackend: process.env.RIDGELINE_ALLOW_BASIC_KEYSTORE === '1',
  });
  const create = !workspaceExists(workspaceDir, DATABASE_FILE);
  return openWorkspace({ dir: workspaceDir, key, create });
}

function fatal(error: unknown): void {
  const message = error instanceof RidgelineError ? error.message : 'Ridgeline could not start; see the log for details.';
  securityLog('startup-failed', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  dialog.showErrorBox('Ridgeline cannot start', message);
  app.exit(1);
}

export function startApp(mainDir: string): void {
  // The same user-data folder (…/Ridgeline) in development and packaged builds.
  app.setName('Ridgeline');
  // Two processes on one workspace database would race: the second start focuses the first window.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Every renderer is sandboxed, whatever its web preferences say.
  app.enableSandbox();
  registerAppScheme(protocol);
  hardenApp(app, securityLog);
  let window: BrowserWindow | null = null;
  let workspace: Workspace | null = null;

  app.on('second-instance', () => {
    if (window && !window.isDestroyed()) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.whenReady().then(async () => {
    const paths = appPaths(app.getPath('userData'), mainDir);
    hardenSession(session.defaultSession, securityLog);
    workspace = await openAppWorkspace(paths.userData, paths.workspaceDir);
    const host = createApiHost({ workspace, workstation: os.hostname(), log: (message, error) => securityLog('api-error', { message, error: String(error) }) });
    const ws = workspace;
    const resolver = createAppResolver({
      bundleRoot: paths.bundleRoot,
      prints: createScopedPrintSource(ws, sessionScope(host.sessions)),
      onRefused: (path, reason) => securityLog('protocol-refused', { path, reason }),
    });
    serveAppProtocol(protocol, resolver, securityLog);
    registerIpc(ipcMain, host, (): WebContents | null => (window && !window.isDestroyed() ? window.webContents : null), securityLog);
    window = createMainWindow(paths.preload);
    window.on('closed', () => {
      window = null;
    });
  }).catch(fatal);

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    workspace?.close();
    workspace = null;
  });
}
