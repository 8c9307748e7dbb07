// Entry of the built CLI (out/cli/ridgeline.cjs).
import { runCli } from './index';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ridgeline: internal error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
