import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, any>; loadURL: ReturnType<typeof vi.fn> }[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any

vi.mock('electron', () => {
  class BrowserWindow {
    loadURL = vi.fn(() => Promise.resolve());
    once = vi.fn();
    show = vi.fn();
    constructor(options: Record<string, unknown>) {
      created.push({ options, loadURL: this.loadURL });
    }
  }
  return { BrowserWindow, app: { isPackaged: false } };
});

const { createMainWindow, APP_ENTRY_URL } = await import('../../main/electron/window');

describe('main window', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('isolates the renderer: context isolation, sandbox, no Node, web security on', () => {
    createMainWindow('/app/out/preload/index.cjs');
    const prefs = created[0]!.options.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
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
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('loads only the app origin', () => {
    createMainWindow('/p.cjs');
    expect(APP_ENTRY_URL).toBe('ridgeline://app/index.html');
    expect(created[0]!.loadURL).toHaveBeenCalledWith('ridgeline://app/index.html');
  });

  it('keeps devtools off unless explicitly enabled for development', () => {
    delete process.env.RIDGELINE_DEVTOOLS;
    createMainWindow('/p.cjs');
    expect(created[0]!.options.webPreferences.devTools).toBe(false);
  });
});
