// The whole main-process start with Electron mocked: the order of the
// hardening steps, the keystore, the workspace in userData, the protocol and
// the IPC channel wired to a real core worker thread over a real encrypted workspace.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../preload/contract';
import { FakeEmitter, FakeSession, FakeWebContents } from './fakes';

const steps: string[] = [];
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'ridgeline-start-'));
const bundle = path.join(userData, 'bundle');
fs.mkdirSync(path.join(bundle, 'renderer'), { recursive: true });
fs.writeFileSync(path.join(bundle, 'renderer', 'index.html'), '<!doctype html><title>Ridgeline</title>');
// The packaged app runs the built worker beside index.cjs; here that script compiles the worker's sources with tsx.
fs.mkdirSync(path.join(bundle, 'main'), { recursive: true });
const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
const workerEntry = path.resolve(__dirname, '../../main/api/worker/entry.worker.ts');
fs.writeFileSync(path.join(bundle, 'main', 'core-worker.cjs'), `require(${JSON.stringify(tsx)}).register();\nrequire(${JSON.stringify(workerEntry)});\n`);

const electron = vi.hoisted(() => {
  // Built inside vi.hoisted so the mock factory below can hand it out.
  return {} as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
});

vi.mock('electron', () => electron);

let ready!: () => void;
const session = new FakeSession();
const windows: { options: Record<string, any>; webContents: FakeWebContents; url?: string }[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
const ipcHandlers = new Map<string, (...args: unknown[]) => Promise<unknown>>();
let protocolHandler: ((request: Request) => Promise<Response>) | null = null;

beforeAll(async () => {
  const app = Object.assign(new FakeEmitter(), {
    isPackaged: true,
    setName: (name: string) => steps.push(`name:${name}`),
    requestSingleInstanceLock: () => (steps.push('single-instance'), true),
    enableSandbox: () => steps.push('enable-sandbox'),
    whenReady: () => new Promise<void>((resolve) => (ready = resolve)),
    getPath: (name: string) => (name === 'userData' ? userData : os.tmpdir()),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  class BrowserWindow extends FakeEmitter {
    readonly webContents = new FakeWebContents();
    constructor(options: Record<string, unknown>) {
      super();
      steps.push('window');
      windows.push({ options, webContents: this.webContents });
    }
    loadURL(url: string) {
      windows[windows.length - 1]!.url = url;
      return Promise.resolve();
    }
    show() {}
    isDestroyed() {
      return false;
    }
  }
  Object.assign(electron, {
    app,
    BrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => Promise<unknown>) => (steps.push('ipc'), ipcHandlers.set(channel, handler)) },
    protocol: {
      registerSchemesAsPrivileged: () => steps.push('register-scheme'),
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => (steps.push('protocol'), (protocolHandler = handler)),
    },
    safeStorage: {
      isAsyncEncryptionAvailable: async () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptStringAsync: async (plain: string) => Buffer.from(`wrapped:${[...plain].reverse().join('')}`),
      decryptStringAsync: async (wrapped: Buffer) => ({ shouldReEncrypt: false, result: [...wrapped.toString().slice(8)].reverse().join('') }),
    },
    session: { defaultSession: session },
  });
  // A packaged app must ignore the E2E override and take its key from the keystore.
  process.env.RIDGELINE_E2E_WORKSPACE_DIR = path.join(userData, 'elsewhere');
  process.env.RIDGELINE_E2E_KEY_HEX = 'ab'.repeat(32);
  // ... and DevTools, whatever the environment asks for.
  process.env.RIDGELINE_DEVTOOLS = '1';
  const { startApp } = await import('../../main/electron/start');
  startApp(path.join(bundle, 'main'));
  steps.push('ready');
  ready();
  // The core worker compiles its sources (tsx) and opens the database before the window appears.
  await vi.waitFor(() => expect(windows).toHaveLength(1), { timeout: 45_000, interval: 50 });
});

afterAll(async () => {
  delete process.env.RIDGELINE_E2E_WORKSPACE_DIR;
  delete process.env.RIDGELINE_E2E_KEY_HEX;
  delete process.env.RIDGELINE_DEVTOOLS;
  // Quitting waits for the core worker to close the database, then quits again.
  const quit = electron.app.quit as ReturnType<typeof vi.fn>;
  const before = quit.mock.calls.length;
  (electron.app as FakeEmitter).emit('will-quit', { preventDefault: vi.fn() });
  await vi.waitFor(() => expect(quit.mock.calls.length).toBe(before + 1), { timeout: 10_000 });
  fs.rmSync(userData, { recursive: true, force: true });
});

describe('main process start', () => {
  it('hardens before the app is ready and wires everything after', () => {
    expect(steps.slice(0, 5)).toEqual(['name:Ridgeline', 'single-instance', 'enable-sandbox', 'register-scheme', 'ready']);
    expect(steps.indexOf('protocol')).toBeLessThan(steps.indexOf('window'));
    expect(steps.indexOf('ipc')).toBeLessThan(steps.indexOf('window'));
    expect((electron.app as FakeEmitter).listeners.has('web-contents-created')).toBe(true);
    expect(session.permissionRequest).not.toBeNull();
    expect(session.beforeRequest).not.toBeNull();
  });

  it('creates the workspace in userData with a key kept only wrapped', () => {
    expect(fs.existsSync(path.join(userData, 'workspace', 'ridgeline.db'))).toBe(true);
    const keystore = JSON.parse(fs.readFileSync(path.join(userData, 'keystore.json'), 'utf8')) as { wrappedKey: string };
    expect(Buffer.from(keystore.wrappedKey, 'base64').toString()).toMatch(/^wrapped:/);
  });

  it('closes the exits of a packaged build: no DevTools, no renderer downloads', () => {
    expect(windows[0]!.options.webPreferences.devTools).toBe(false);
    const listeners = session.events.get('will-download') ?? [];
    expect(listeners).toHaveLength(1);
    const event = { preventDefault: vi.fn() };
    listeners[0]!(event, { getURL: () => 'blob:ridgeline://app/1234', getFilename: () => 'print.png' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('loads the app origin with the built preload', () => {
    expect(windows[0]!.url).toBe('ridgeline://app/index.html');
    expect(windows[0]!.options.webPreferences.preload).toBe(path.join(bundle, 'preload', 'index.cjs'));
  });

  it('serves the bundle through the protocol and refuses print images without a session (asked of the core worker)', async () => {
    expect((await protocolHandler!(new Request('ridgeline://app/index.html'))).status).toBe(200);
    expect((await protocolHandler!(new Request('ridgeline://app/media/print/p_x.png'))).status).toBe(404);
  });

  it('answers API calls from the window and refuses others', async () => {
    const handler = ipcHandlers.get(IPC_CHANNEL)!;
    const own = windows[0]!.webContents;
    const status = (await handler({ sender: own, senderFrame: own.mainFrame }, 'auth.status', {})) as { ok: boolean; value: { firstRun: boolean } };
    expect(status).toMatchObject({ ok: true, value: { firstRun: true, signedIn: false } });
    const stranger = new FakeWebContents();
    expect(await handler({ sender: stranger, senderFrame: stranger.mainFrame }, 'auth.status', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('ignores the E2E workspace override in a packaged app', () => {
    expect(fs.existsSync(path.join(userData, 'elsewhere'))).toBe(false);
    expect(fs.existsSync(path.join(userData, 'workspace', 'ridgeline.db'))).toBe(true);
  });
});
