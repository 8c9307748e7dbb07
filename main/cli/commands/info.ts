import path from 'node:path';
import { openWorkspace } from '../../core/workspace';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { KEY_OPTIONS, readKey } from '../key';
import { printResult } from '../output';

export const infoCommand: Command = {
  name: 'info',
  summary: 'Describe a workspace database (schema version, counts)',
  usage: 'ridgeline info --db PATH (--key-file F | --key-env NAME) [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'], options: ['db', ...KEY_OPTIONS] });
    const db = args.options.get('db');
    if (!db) throw new (await import('../../core/errors')).RidgelineError('invalid-argument', '--db PATH is required');
    const ws = openWorkspace({ dir: path.dirname(db), key: readKey(args) });
    try {
      const count = (table: string) => (ws.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      const info = {
        file: ws.file,
        schemaVersion: ws.schemaVersion(),
        partners: count('partners'),
        cases: count('cases'),
        prints: count('prints'),
        annotations: count('annotations'),
        demo: ws.meta.get('demo') === 'true',
      };
      printResult(io, args, info, () =>
        [
          `Workspace ${info.file}`,
          `  schema version ${info.schemaVersion}`,
          `  ${info.partners} partners, ${info.cases} cases, ${info.prints} prints, ${info.annotations} annotations`,
          info.demo ? '  (demo workspace: synthetic prints only)' : '',
        ].filter(Boolean).join('\n'),
      );
      return 0;
    } finally {
      ws.close();
    }
  },
};
