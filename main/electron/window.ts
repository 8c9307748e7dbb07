// The single application window. It loads only the app origin; everything the
// page may do beyond rendering (navigate, open windows, attach webviews, ask for
// permissions) is refused by hardening.ts.
import { app, BrowserWindow } from 'electron';
import { devToolsAllowed } from './exits';
import { APP_ORIGIN } from '../protocol/resolver';

export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Ridgeline',
    backgroundColor: '#1b1f24',
    autoHideMenuBar: true,
    // Written out here (not built by a helper) so that reviewers and Electronegativity see them at the call.
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise open links through a path that skips will-navigate.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      // Never in a packaged build: DevTools would read and save anything the page holds.
      devTools: devToolsAllowed(app.isPackaged, process.env),
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
