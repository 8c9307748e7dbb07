// Where the shared real data lives: RIDGELINE_FPDATA or ../shared/fpdata next to
// the checkout. Tests using it skip with one clear message when it is absent.
import fs from 'node:fs';
import path from 'node:path';

export const FPDATA = process.env['RIDGELINE_FPDATA'] ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'fpdata');

export function fpdataFolder(...parts: string[]): string | null {
  const folder = path.join(FPDATA, ...parts);
  if (fs.existsSync(folder)) return folder;
  console.warn(`[skipped] real fingerprint data not found at ${folder} (set RIDGELINE_FPDATA to run these tests)`);
  return null;
}
