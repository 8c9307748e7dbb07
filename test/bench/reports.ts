// `npm run bench:reports [-- --queries N] [--json]`: generates a 5-year
// exchange history (1,000,000 queries by default, with answers, releases and
// purges) in an encrypted workspace, then times each report as the app runs
// it: the daily match report for one day and for a month, the weekly volume
// report over a year (with its 8-week baseline), and the period summaries by
// month over a year and by year over five. Prints the database size too.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dailyMatchReport } from '../../main/core/reports/daily';
import { sharingReport } from '../../main/core/reports/sharing';
import { weeklyVolumeReport } from '../../main/core/reports/weekly';
import { DEFAULT_PARTNERS, plantExchangeHistory } from '../helpers/exchange-history';
import { createTestWorkspace } from '../helpers/workspace';

const args = process.argv.slice(2);
const json = args.includes('--json');
const queriesAt = args.indexOf('--queries');
const queries = queriesAt >= 0 ? Number(args[queriesAt + 1]) : 1_000_000;
const WEEKS = 261; // five years
const seriesCount = DEFAULT_PARTNERS.reduce((n, p) => n + p.purposeCodes.length, 0);

const { ws, dir } = createTestWorkspace();
const started = performance.now();
const history = plantExchangeHistory(ws.db, { seed: 2026, start: '2021-11-29', weeks: WEEKS, weeklyMean: queries / WEEKS / seriesCount });
ws.db.pragma('wal_checkpoint(TRUNCATE)');
ws.db.exec('ANALYZE');
const generationMs = performance.now() - started;
const scope = DEFAULT_PARTNERS.map((p) => p.id);

function time<T>(name: string, run: () => T): { name: string; ms: number; rows: number } {
  run(); // warm the page cache once, as a second report of the day would find it
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const result = run() as { rows?: unknown[]; series?: unknown[] };
    samples.push(performance.now() - t);
    rows = (result.rows ?? result.series ?? []).length;
  }
  samples.sort((a, b) => a - b);
  return { name, ms: Number(samples[1]!.toFixed(1)), rows };
}

const reports = [
  time('daily (one day)', () => dailyMatchReport(ws.db, scope, { from: '2026-06-10', to: '2026-06-11' })),
  time('daily (one month)', () => dailyMatchReport(ws.db, scope, { from: '2026-06-01', to: '2026-07-01' })),
  time('weekly (one year)', () => weeklyVolumeReport(ws.db, scope, { from: '2025-11-24', to: '2026-11-23' })),
  time('period by month (one year)', () => sharingReport(ws.db, scope, { from: '2025-11-01', to: '2026-11-01', granularity: 'month' })),
  time('period by year (five years)', () => sharingReport(ws.db, scope, { from: '2021-11-29', to: '2026-11-28', granularity: 'year' })),
];
const size = fs.statSync(ws.file).size;
const result = { queries: history.caseCount, weeks: WEEKS, generationMs: Math.round(generationMs), databaseBytes: size, reports };
ws.close();
fs.rmSync(dir, { recursive: true, force: true });

if (json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`${result.queries} queries over ${WEEKS} weeks, database ${(size / 2 ** 20).toFixed(0)} MiB (generated in ${(generationMs / 1000).toFixed(1)} s)`);
  for (const r of reports) console.log(`  ${r.name.padEnd(30)} ${String(r.ms).padStart(8)} ms  (${r.rows} rows)`);
}
