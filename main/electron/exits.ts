// The exits a user (or a compromised renderer) could take data out through,
// closed in the shell: debugging switches and DevTools in a packaged build,
// renderer downloads, and files written anywhere but by main after a save
// dialog. Every export method already charges the limit and audits the
// release in main; these make sure that is the only way out.
import fs from 'node:fs';
import path from 'node:path';
import type { Session } from 'electron';
import type { SecurityLog } from './hardening';

/** Switches that would open the main process or a renderer to a debugger. */
const DEBUGGING_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-debugging-address', 'inspect', 'inspect-brk', 'inspect-port', 'js-flags'];

/** The debugging switches present on a command line (argv as Electron received it). */
export function debuggingSwitches(argv: readonly string[]): string[] {
  const found = new Set<string>();
  for (const arg of argv) {
    const match = /^--?([a-z-]+)(?:=.*)?$/.exec(arg);
    if (match && DEBUGGING_SWITCHES.includes(match[1]!)) found.add(match[1]!);
  }
  return [...found];
}

/** DevTools only in a development build, and only when asked for. */
export function devToolsAllowed(packaged: boolean, env: Record<string, string | undefined>): boolean {
  return !packaged && env['RIDGELINE_DEVTOOLS'] === '1';
}

/** Renderer downloads are refused: main writes every file itself (saveInMain). */
export function denyDownloads(session: Pick<Session, 'on'>, log: SecurityLog): void {
  session.on('will-download', (event, item) => {
    event.preventDefault();
    log('download-denied', { url: item.getURL().slice(0, 200), fileName: item.getFilename() });
  });
}

/** What an export method returned that main saves instead of the renderer. */
export interface FileToSave {
  suggestedName: string;
  bytes: Uint8Array;
}

type Payload = Record<string, unknown>;

/**
 * The export methods and how to find the file in their result. Main saves it
 * and the renderer gets the result without the bytes, plus where they went.
 */
const EXPORT_FILES: Record<string, { file(value: Payload): FileToSave; strip: string }> = {
  'prints.export': { file: (v) => ({ suggestedName: String(v['fileName']), bytes: v['png'] as Uint8Array }), strip: 'png' },
  'audit.export': {
    file: (v) => ({ suggestedName: `ridgeline-audit-${(v['head'] as { seq: number }).seq}.${String(v['format'])}`, bytes: Buffer.from(String(v['content']), 'utf8') }),
    strip: 'content',
  },
  'reports.export': { file: (v) => ({ suggestedName: String(v['fileName']), bytes: v['bytes'] as Uint8Array }), strip: 'bytes' },
};

export function isExportMethod(method: unknown): method is string {
  return typeof method === 'string' && Object.hasOwn(EXPORT_FILES, method);
}

/**
 * Writes `bytes` to `file` for the user who chose it: owner-only permissions,
 * never through a symbolic link planted at that name.
 */
export function writeChosenFile(file: string, bytes: Uint8Array): void {
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | (fs.constants.O_NOFOLLOW ?? 0);
  const fd = fs.openSync(path.resolve(file), flags, 0o600);
  try {
    fs.writeFileSync(fd, bytes);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Saves an export method's file through `choose` (the save dialog) and
 * returns the result the renderer receives: the same, minus the bytes, plus
 * `savedTo` (null when the user cancelled).
 */
export async function saveInMain(method: string, value: Payload, choose: (suggestedName: string) => Promise<string | null>): Promise<Payload> {
  const spec = EXPORT_FILES[method]!;
  const file = spec.file(value);
  const target = await choose(file.suggestedName);
  if (target) writeChosenFile(target, file.bytes);
  const { [spec.strip]: _dropped, ...rest } = value;
  return { ...rest, savedTo: target };
}
