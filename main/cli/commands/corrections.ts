// `ridgeline corrections list [--overdue]`: notices of inaccurate data and
// their 48-hour deadlines, for a supervisor's scripted check.
import { RidgelineError } from '../../core/errors';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { KEY_OPTIONS } from '../key';
import { printResult } from '../output';
import { openWorkspaceArg } from '../workspace-arg';

export const correctionsCommand: Command = {
  name: 'corrections',
  summary: 'List notices of inaccurate data (--overdue: past their 48-hour deadline)',
  usage: 'ridgeline corrections list --db PATH (--key-file F | --key-env NAME) [--overdue] [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json', 'overdue'], options: ['db', ...KEY_OPTIONS] });
    if (args.positionals[0] !== 'list') throw new RidgelineError('invalid-argument', 'Usage: ridgeline corrections list [--overdue]');
    const ws = openWorkspaceArg(args);
    try {
      const scope = ws.partners.list().map((p) => p.id);
      const notices = ws.corrections.list(scope, { overdueOnly: args.flags.has('overdue') });
      printResult(io, args, { notices }, () =>
        notices.length === 0
          ? 'No notices.'
          : notices
              .map((n) => `${n.id}  ${n.subjectKind} ${n.subjectId}  due ${n.dueAt}${n.overdue ? '  OVERDUE' : ''}  ${n.action ?? 'open'}  ${n.description}`)
              .join('\n'),
      );
      return 0;
    } finally {
      ws.close();
    }
  },
};
