// Screenshots of each target's key screens for people to look at (not compared).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './targets';

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(repoRoot, '.e2e-artifacts');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}
