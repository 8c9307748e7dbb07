// A small, strict argument parser: --flag, --key value, --key=value, positionals.
// Unknown flags are errors, so a typo never silently changes what runs.
import { RidgelineError } from '../core/errors';

export interface ArgSpec {
  flags?: readonly string[]; // boolean options, e.g. 'json'
  options?: readonly string[]; // options taking a value, e.g. 'db'
}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.flags?.includes(name)) {
      if (inline !== undefined) throw new RidgelineError('invalid-argument', `--${name} takes no value`);
      flags.add(name);
    } else if (spec.options?.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new RidgelineError('invalid-argument', `--${name} needs a value`);
      options.set(name, value);
    } else {
      throw new RidgelineError('invalid-argument', `Unknown option --${name}`);
    }
  }
  return { positionals, flags, options };
}
