// `ridgeline report daily|weekly|period`: the oversight reports for scripted
// review. The key's custodian sees every partner unless --partner narrows it.
// CSV output is an export like the app's, recorded as a release.
import { dailyMatchReport, dailyTable } from '../../core/reports/daily';
import { tableToCsv, type ReportTable } from '../../core/reports/table';
import { sharingReport, sharingTable, type Granularity } from '../../core/reports/sharing';
import { weeklyVolumeReport } from '../../core/reports/weekly';
import { weeklyTable } from '../../core/reports/weekly-table';
import { RidgelineError } from '../../core/errors';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { KEY_OPTIONS } from '../key';
import { cliActor, openWorkspaceArg } from '../workspace-arg';

const KINDS = ['daily', 'weekly', 'period'] as const;
type Kind = (typeof KINDS)[number];

export const reportCommand: Command = {
  name: 'report',
  summary: 'Daily match report, weekly purpose-code volumes with anomalies, or a period sharing summary',
  usage:
    'ridgeline report daily|weekly|period --db PATH (--key-file F | --key-env NAME) --from YYYY-MM-DD --to YYYY-MM-DD ' +
    '[--granularity month|quarter|year] [--partner ID ...] (--json | --csv)',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json', 'csv'], options: ['db', 'from', 'to', 'granularity', 'partner', ...KEY_OPTIONS] });
    const kind = args.positionals[0] as Kind | undefined;
    if (!kind || !KINDS.includes(kind)) throw new RidgelineError('invalid-argument', `Name the report: ${KINDS.join(', ')}`);
    const from = args.options.get('from');
    const to = args.options.get('to');
    if (!from || !to) throw new RidgelineError('invalid-argument', '--from and --to are required (YYYY-MM-DD, UTC; --to is exclusive)');
    if (args.flags.has('json') === args.flags.has('csv')) throw new RidgelineError('invalid-argument', 'Choose one output: --json or --csv');
    const granularity = (args.options.get('granularity') ?? 'month') as Granularity;
    if (!['month', 'quarter', 'year'].includes(granularity)) throw new RidgelineError('invalid-argument', '--granularity is month, quarter or year');

    const ws = openWorkspaceArg(args);
    try {
      const partners = ws.partners.list();
      const wanted = args.options.get('partner');
      const scope = wanted ? partners.filter((p) => p.id === wanted).map((p) => p.id) : partners.map((p) => p.id);
      if (wanted && scope.length === 0) throw new RidgelineError('not-found', `No partner ${wanted}`);
      const label = partners.filter((p) => scope.includes(p.id)).map((p) => p.name).join(', ') || 'none';
      const range = { from, to };
      let value: unknown;
      let table: ReportTable;
      if (kind === 'daily') {
        const report = dailyMatchReport(ws.db, scope, range);
        [value, table] = [report, dailyTable(report, label)];
      } else if (kind === 'weekly') {
        const report = weeklyVolumeReport(ws.db, scope, range);
        [value, table] = [report, weeklyTable(report, label)];
      } else {
        const report = sharingReport(ws.db, scope, { ...range, granularity });
        [value, table] = [report, sharingTable(report, label)];
      }
      if (args.flags.has('json')) {
        io.stdout(`${JSON.stringify(value, null, 2)}\n`);
      } else {
        const csv = tableToCsv(table);
        const at = new Date();
        ws.audit.record({
          actor: cliActor(),
          event: 'report.exported',
          outcome: 'success',
          objects: [`report:${kind}`],
          details: { format: 'csv', from, to, rows: table.rows.length, via: 'cli' },
          release: { recipient: `standard output of ${cliActor().username}`, elements: [table.title], date: at.toISOString() },
          at,
        });
        io.stdout(csv);
      }
      return 0;
    } finally {
      ws.close();
    }
  },
};
