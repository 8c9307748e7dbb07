// `ridgeline retention run [--dry-run]`: purge every case past its agreement's
// retention date now (the app does the same on start and daily).
import { runRetention } from '../../core/retention/run';
import { RidgelineError } from '../../core/errors';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { KEY_OPTIONS } from '../key';
import { printResult } from '../output';
import { cliActor, openWorkspaceArg } from '../workspace-arg';

export const retentionCommand: Command = {
  name: 'retention',
  summary: "Purge data past its agreement's retention date (--dry-run lists it)",
  usage: 'ridgeline retention run --db PATH (--key-file F | --key-env NAME) [--dry-run] [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json', 'dry-run'], options: ['db', ...KEY_OPTIONS] });
    if (args.positionals[0] !== 'run') throw new RidgelineError('invalid-argument', 'Usage: ridgeline retention run [--dry-run]');
    const ws = openWorkspaceArg(args);
    try {
      const run = runRetention(ws.db, ws.audit, cliActor(), { dryRun: args.flags.has('dry-run') });
      printResult(io, args, run, () =>
        [
          `${run.expired.length} case(s) past retention${run.dryRun ? ' (dry run: nothing purged)' : ''}`,
          ...run.expired.map((c) => `  ${c.caseId}  due ${c.dueAt}  ${c.rule}`),
          ...(run.dryRun ? [] : [`${run.purged.length} purged, ${run.failed.length} failed`]),
          ...run.failed.map((f) => `  FAILED ${f.caseId}: ${f.message}`),
        ].join('\n'),
      );
      return run.failed.length ? 1 : 0;
    } finally {
      ws.close();
    }
  },
};
