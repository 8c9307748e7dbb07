// The `ridgeline` command line: the same core services the app uses.
import { RidgelineError } from '../core/errors';
import type { CliIo } from './command';
import { commands } from './commands';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: ridgeline <command> [options]   (every command takes --json)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'ridgeline <command> --help shows a command\'s options.',
  ].join('\n');
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    io.stdout(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`ridgeline: unknown command '${name}'\n\n${usage()}\n`);
    return 2;
  }
  if (rest.includes('--help')) {
    io.stdout(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  const json = rest.includes('--json');
  try {
    return await command.run([...rest], io);
  } catch (error) {
    const typed = error instanceof RidgelineError ? error : null;
    const code = typed?.code ?? 'internal';
    const message = typed?.message ?? (error as Error)?.message ?? String(error);
    if (json) io.stdout(`${JSON.stringify({ error: { code, message, ...(typed?.details ? { details: typed.details } : {}) } }, null, 2)}\n`);
    io.stderr(`ridgeline ${name}: ${code}: ${message}\n`);
    return code === 'invalid-argument' ? 2 : 1;
  }
}
