// Checks what the E2E run needs before any browser starts, and says once, in
// one line, when the real-Electron target is skipped.
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH } from './chromium';
import { bundleRoot, electronBinary } from './targets';

export default function setup(): void {
  if (!fs.existsSync(path.join(bundleRoot, 'index.html'))) {
    throw new Error(`E2E: no built renderer at ${bundleRoot}. Run \`npm run build\` first.`);
  }
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`E2E: ${CHROMIUM_PATH} is missing. Install it with \`apt-get update && apt-get install -y chromium\`.`);
  }
  if (!electronBinary()) {
    console.log('e2e: real-Electron target skipped: no Electron binary installed (run `node node_modules/electron/install.js` with internet access to enable it)');
  }
}
