// A CLI command: parses its own arguments and writes through `io`, so tests
// can run commands in-process and capture output.
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}
