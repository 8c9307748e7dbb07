// App lifecycle: harden before anything loads, unwrap the database key, start
// the core worker thread on the workspace in the user-data folder (created on
// first start), serve the app origin and wire the single IPC channel to the
// window's client of that worker. This thread only routes: SQLite, packet
// parsing, image decoding and PNG encoding all run in the worker
// (main/api/worker), so the window never waits on them.
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session, type WebContents } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCoreHost, type CoreHost, type CoreHostOptions } from '../api/worker/worker-host';
import { RidgelineError } from '../core/errors';
import { DATABASE_FILE } from '../core/workspace';
import { createAppResolver } from '../protocol/resolver';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { debuggingSwitches, denyDownloads } from './exits';
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

/** Where the workspace is and its key: the key is unwrapped here, by the OS keystore, and handed to the worker in memory. */
async function appWorkspace(userData: string, workspaceDir: string): Promise<Pick<CoreHostOptions, 'dir' | 'key' | 'create'>> {
  const e2e = e2eWorkspace();
  if (e2e) return { dir: e2e.dir, key: e2e.key, create: false };
  const { key } = await loadOrCreateDatabaseKey({
    userData,
    safeStorage,
    allowPlainTextBackend: process.env.RIDGELINE_ALLOW_BASIC_KEYSTORE === '1',
  });
  return { dir: workspaceDir, key, create: !workspaceExists(workspaceDir, DATABASE_FILE) };
}

/**
 * The built worker script sits beside out/main/index.cjs (inside app.asar when
 * packaged: Electron loads worker scripts from asar). Run from sources (the
 * shell tests), the worker-host falls back to the TypeScript entry.
 */
function coreWorkerScript(mainDir: string): string | undefined {
  const built = path.join(mainDir, 'core-worker.cjs');
  if (app.isPackaged || fs.existsSync(built)) return built;
  return undefined;
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
  // A packaged build refuses to run with a debugger attached (the fuses cover
  // Node's --inspect; Chromium's remote debugging is refused here).
  const switches = debuggingSwitches(process.argv);
  if (app.isPackaged && switches.length > 0) {
    securityLog('debugging-switch-refused', { switches });
    dialog.showErrorBox('Ridgeline cannot start', `Ridgeline does not run with debugging switches (${switches.join(', ')}).`);
    app.exit(1);
    return;
  }
  // Every renderer is sandboxed, whatever its web preferences say.
  app.enableSandbox();
  registerAppScheme(protocol);
  hardenApp(app, securityLog);
  let window: BrowserWindow | null = null;
  let core: CoreHost | null = null;

  app.on('second-instance', () => {
    if (window && !window.isDestroyed()) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.whenReady().then(async () => {
    const paths = appPaths(app.getPath('userData'), mainDir);
    hardenSession(session.defaultSession, securityLog);
    denyDownloads(session.defaultSession, securityLog);
    const script = coreWorkerScript(mainDir);
    core = await startCoreHost({
      ...(await appWorkspace(paths.userData, paths.workspaceDir)),
      workstation: os.hostname(),
      ...(script ? { script } : {}),
      log: (message, error) => securityLog('api-error', { message, error: String(error) }),
    });
    // The window's session lives in the worker under this client's id, which only this thread knows: the renderer
    // sends (method, args) and nothing that could name another session. Image requests use the same session.
    const client = core.client();
    const resolver = createAppResolver({
      bundleRoot: paths.bundleRoot,
      prints: client,
      onRefused: (requestPath, reason) => securityLog('protocol-refused', { path: requestPath, reason }),
    });
    serveAppProtocol(protocol, resolver, securityLog);
    // Files leave through main only: exports are saved here after the save dialog, renderer downloads are denied.
    const chooseSavePath = async (suggestedName: string): Promise<string | null> => {
      const options = { defaultPath: path.join(app.getPath('documents'), path.basename(suggestedName)) };
      const chosen = window && !window.isDestroyed() ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    };
    registerIpc(ipcMain, client, (): WebContents | null => (window && !window.isDestroyed() ? window.webContents : null), securityLog, chooseSavePath);
    window = createMainWindow(paths.preload);
    window.on('closed', () => {
      window = null;
    });
  }).catch(fatal);

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!core) return;
    // Let the worker finish its current statement and close the database before the process ends.
    event.preventDefault();
    const closing = core;
    core = null;
    void closing.close().finally(() => app.quit());
  });
}
