import type { ParsedArgs } from './args';
import type { CliIo } from './command';

/** Every command prints JSON with --json, human text otherwise. */
export function printResult(io: CliIo, args: ParsedArgs, value: unknown, human: () => string): void {
  io.stdout(args.flags.has('json') ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
}
