#!/usr/bin/env node
// Launches the built CLI. `npm run build` (run by `npm install`/`npm test`) creates it.
const fs = require('node:fs');
const path = require('node:path');

const built = path.join(__dirname, '..', 'out', 'cli', 'ridgeline.cjs');
if (!fs.existsSync(built)) {
  process.stderr.write('ridgeline: the CLI is not built yet. Run `npm run build` in the Ridgeline folder.\n');
  process.exit(1);
}
require(built);
