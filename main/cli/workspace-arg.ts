// Opening the workspace a command names with --db PATH and an explicit key, and
// who the command acts as in the audit trail (the key's custodian on this machine).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AuditActor } from '../core/audit/log';
import { RidgelineError } from '../core/errors';
import { DATABASE_FILE, openWorkspace, type Workspace } from '../core/workspace';
import type { ParsedArgs } from './args';
import { readKey } from './key';

export function openWorkspaceArg(args: ParsedArgs): Workspace {
  const db = args.options.get('db');
  if (!db) throw new RidgelineError('invalid-argument', '--db PATH is required');
  if (path.basename(db) !== DATABASE_FILE) throw new RidgelineError('invalid-argument', `--db names a workspace ${DATABASE_FILE} file`);
  if (!fs.existsSync(db)) throw new RidgelineError('not-found', `No workspace database at ${db}`);
  return openWorkspace({ dir: path.dirname(db), key: readKey(args) });
}

export function cliActor(): AuditActor {
  return { userId: null, username: `cli:${os.userInfo().username}`, workstation: os.hostname() };
}

export function readTextFile(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new RidgelineError('not-found', `Cannot read ${what} ${file}: ${(error as Error).message}`, { file });
  }
}
