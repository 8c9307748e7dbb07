// Main-process log lines for security refusals and internal errors. They go to
// stderr only: the renderer never sees them.
import type { SecurityLog } from './hardening';

export const securityLog: SecurityLog = (event, details) => {
  process.stderr.write(`${new Date().toISOString()} ridgeline ${event} ${JSON.stringify(details)}\n`);
};
