// The two places the same specs run: the built renderer in Debian's Chromium
// with the core worker (the app's own API host thread) started by the test
// process, and the real Electron app when its binary is present (never on
// these build machines).
import fs from 'node:fs';
import path from 'node:path';
import { _electron, type Page } from 'playwright-core';
import { startCoreHost } from '../../../main/api/worker/worker-host';
import { findElectronBinary } from '../../../scripts/electron-binary.mjs';
import { installBridge } from './bridge';
import { chromiumAvailable, launchChromium } from './chromium';
import { startAppServer } from './server';
import { WORKSTATION, type E2EWorkspace } from './workspace';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const bundleRoot = path.join(repoRoot, 'out', 'renderer');

export type TargetName = 'chromium' | 'electron';

export interface RunningApp {
  page: Page;
  /** Problems the page reported: uncaught errors, console errors (CSP violations land here). */
  problems: string[];
  /** Requests that left the app origin. */
  foreignRequests: string[];
  close(): Promise<void>;
}

/** Path of the Electron binary, or null when it is not installed. */
export function electronBinary(): string | null {
  const binary = findElectronBinary();
  return binary.found ? binary.path : null;
}

export const targetAvailable = (target: TargetName): boolean => (target === 'chromium' ? chromiumAvailable() : electronBinary() !== null);

function watch(page: Page, origin: string, problems: string[], foreignRequests: string[]): void {
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
}

async function launchInChromium(e2e: E2EWorkspace): Promise<RunningApp> {
  // As in the app, the worker thread is the only one with the database open: the test's seeding connection closes.
  e2e.closeDatabase();
  const core = await startCoreHost({ dir: e2e.dir, key: e2e.key, create: false, workstation: WORKSTATION, log: () => undefined });
  const client = core.client();
  const server = await startAppServer(bundleRoot, client);
  const browser = await launchChromium();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  watch(page, server.origin, problems, foreignRequests);
  await installBridge(page, client);
  await page.goto(`${server.origin}/index.html`);
  return {
    page,
    problems,
    foreignRequests,
    async close() {
      await browser.close();
      await server.close();
      await core.close();
    },
  };
}

async function launchInElectron(e2e: E2EWorkspace): Promise<RunningApp> {
  const executablePath = electronBinary();
  if (!executablePath) throw new Error('Electron binary missing');
  // The app opens the seeded workspace with the test's key (honoured only when the app is not packaged).
  e2e.closeDatabase();
  const userData = fs.mkdtempSync(path.join(e2e.dir, 'userdata-'));
  const app = await _electron.launch({
    executablePath,
    args: [path.join(repoRoot, 'out', 'main', 'index.cjs'), `--user-data-dir=${userData}`],
    env: {
      ...(process.env as Record<string, string>),
      RIDGELINE_E2E_WORKSPACE_DIR: e2e.dir,
      RIDGELINE_E2E_KEY_HEX: Buffer.from(e2e.key).toString('hex'),
    },
  });
  const page = await app.firstWindow();
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  watch(page, 'ridgeline://app', problems, foreignRequests);
  return {
    page,
    problems,
    foreignRequests,
    close: () => app.close(),
  };
}

export function launchApp(target: TargetName, e2e: E2EWorkspace): Promise<RunningApp> {
  return target === 'chromium' ? launchInChromium(e2e) : launchInElectron(e2e);
}
