// ridgeline accounts list|add-admin: for the custodian of the database key.
// add-admin is the break-glass path when every administrator is locked out:
// it creates a new administrator with a temporary password (changed at first
// sign-in), recorded in the audit trail as done from the command line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { publicRecord } from '../../core/accounts/users';
import { RidgelineError } from '../../core/errors';
import { openWorkspace } from '../../core/workspace';
import { parseArgs, type ParsedArgs } from '../args';
import type { CliIo, Command } from '../command';
import { KEY_OPTIONS, readKey } from '../key';
import { printResult } from '../output';

function open(args: ParsedArgs) {
  const db = args.options.get('db');
  if (!db) throw new RidgelineError('invalid-argument', '--db PATH is required');
  if (path.basename(db) !== 'ridgeline.db') throw new RidgelineError('invalid-argument', '--db names a workspace ridgeline.db file');
  if (!fs.existsSync(db)) throw new RidgelineError('not-found', `No workspace database at ${db}`);
  return openWorkspace({ dir: path.dirname(db), key: readKey(args) });
}

/** Never from the command line itself, where other users of the machine could read it. */
function readPassword(args: ParsedArgs): string {
  const env = args.options.get('password-env');
  const file = args.options.get('password-file');
  if (env) {
    const value = process.env[env];
    if (!value) throw new RidgelineError('invalid-argument', `Environment variable ${env} is not set`);
    return value;
  }
  if (file) {
    try {
      return fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      throw new RidgelineError('not-found', `Cannot read ${file}: ${(error as Error).message}`);
    }
  }
  throw new RidgelineError('invalid-argument', 'Give the temporary password with --password-env NAME or --password-file F');
}

async function list(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'], options: ['db', ...KEY_OPTIONS] });
  const ws = open(args);
  try {
    const users = ws.accounts.users.list().map(publicRecord);
    printResult(io, args, users, () =>
      users.map((u) => `${u.username.padEnd(20)} ${u.roles.join(',').padEnd(28)} ${u.lock ? `LOCKED (${u.lock.cause})` : 'active'}`).join('\n') || '(no accounts)',
    );
    return 0;
  } finally {
    ws.close();
  }
}

async function addAdmin(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'], options: ['db', 'username', 'display-name', 'password-env', 'password-file', ...KEY_OPTIONS] });
  const username = args.options.get('username');
  if (!username) throw new RidgelineError('invalid-argument', '--username is required');
  const password = readPassword(args);
  const ws = open(args);
  try {
    const actor = { userId: null, username: `cli:${os.userInfo().username}`, workstation: os.hostname() };
    const created = ws.accounts.isFirstRun()
      ? await ws.accounts.setupAdministrator({ username, displayName: args.options.get('display-name') ?? username, password }, actor.workstation)
      : await ws.accounts.createUser({ username, displayName: args.options.get('display-name') ?? username, password, roles: ['administrator'], partnerIds: [] }, actor);
    const record = publicRecord(created);
    printResult(io, args, record, () => `Administrator ${record.username} created${record.mustChangePassword ? '; the password must be changed at first sign-in' : ''}.`);
    return 0;
  } finally {
    ws.close();
  }
}

export const accountsCommand: Command = {
  name: 'accounts',
  summary: 'List accounts, or add an administrator (break-glass when all are locked out)',
  usage: [
    'ridgeline accounts list --db PATH (--key-file F | --key-env NAME) [--json]',
    '       ridgeline accounts add-admin --db PATH (--key-file F | --key-env NAME) --username NAME [--display-name TEXT]',
    '                                    (--password-env NAME | --password-file F) [--json]',
    '  add-admin is recorded in the audit trail; the new administrator changes the password at first sign-in.',
  ].join('\n'),
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'list') return list(rest, io);
    if (sub === 'add-admin') return addAdmin(rest, io);
    throw new RidgelineError('invalid-argument', `ridgeline accounts: expected 'list' or 'add-admin', got '${sub ?? ''}'`);
  },
};
