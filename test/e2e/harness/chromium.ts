// Debian's Chromium driven by playwright-core: headless, no GPU, no network
// services of its own, a fresh profile per run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.RIDGELINE_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  // launchPersistentContext passes --user-data-dir itself; a fresh folder per run keeps runs independent.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ridgeline-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport: { width: 1400, height: 860 },
    deviceScaleFactor: 1,
  });
  // Functions sent to the page from code run by tsx (the benchmarks) carry esbuild's
  // keep-names helper; give the page a no-op one so they run as written.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((target) => target);' });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
