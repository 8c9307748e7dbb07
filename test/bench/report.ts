// Human-readable table of the benchmark figures (--json prints them raw).
import type { EqualErrorRate, OperatingPoint } from '../../main/core/matching';
import type { HintCheck, LeaveOneOut } from './held-out';
import type { Throughput } from './measure';

interface Row {
  eerFvc: EqualErrorRate;
  eerExtended: EqualErrorRate;
  fnmrAtFmr1: OperatingPoint;
  fnmrAtFmr01: OperatingPoint;
  medianExtractionMs: number;
  oneThread: Throughput;
  allThreads: Throughput;
  thresholdHint: HintCheck;
}

interface Report {
  data: string;
  machine: { cpus: number; model: string; node: string };
  databases: (Row & { name: string; ppi: number | 'mixed'; ppiSource: string; extractionFailures: number; medianMinutiae: number })[];
  pooled: Row;
  leaveOneOut: LeaveOneOut[];
  matchThreshold: number;
  search: {
    galleryTemplates: number;
    addSeconds: number;
    galleryMemoryBytes: number;
    rssGrowthBytes: number;
    medianSearchMs: number;
    searchesTimed: number;
    threads: number;
    oneThreadSearchMs: number;
  } | null;
}

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
const rate = (x: number) => Math.round(x).toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function formatReport(report: Report): string {
  const header = ['database', 'ppi (source)', 'EER (FVC)', 'EER (ext)', 'FNMR@FMR<=1%', 'FNMR@FMR<=0.1%', 'extract ms', 'cmp/s 1 thread', `cmp/s ${report.machine.cpus} threads`];
  const line = (name: string, ppi: string, row: Row) => [
    name,
    ppi,
    pct(row.eerFvc.eer),
    pct(row.eerExtended.eer),
    pct(row.fnmrAtFmr1.fnmr),
    pct(row.fnmrAtFmr01.fnmr),
    row.medianExtractionMs.toFixed(1),
    rate(row.oneThread.perSecond),
    rate(row.allThreads.perSecond),
  ];
  const rows = [header, ...report.databases.map((db) => line(db.name, `${db.ppi} (${db.ppiSource === 'option' ? '--ppi' : db.ppiSource})`, db)), line('pooled', '', report.pooled)];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const table = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  const hint = (name: string, h: HintCheck) =>
    `  ${name.padEnd(widths[0]!)}  FMR ${pct(h.atFmr01.fmr)} (x${h.ratio.toFixed(2)} of 0.1%), FNMR ${pct(h.atFmr01.fnmr)}; at ${report.matchThreshold - 10}: FMR ${pct(h.atFmr1.fmr)}`;
  const hints = [
    '',
    `Threshold hint ${report.matchThreshold} (documented FMR 0.1%) measured on each database's extended impostors:`,
    ...report.databases.map((db) => hint(db.name, db.thresholdHint)),
    hint('pooled', report.pooled.thresholdHint),
  ];
  const held = report.leaveOneOut.length
    ? [
        '',
        'Leave one database out: thresholds fitted on the others (FMR 1% / 0.1%), measured on the one left out:',
        ...report.leaveOneOut.map(
          (l) =>
            `  ${l.heldOut.padEnd(widths[0]!)}  FMR ${pct(l.atFmr1.fmr)} FNMR ${pct(l.atFmr1.fnmr)} (t=${l.atFmr1.threshold.toFixed(1)})  /  FMR ${pct(l.atFmr01.fmr)} FNMR ${pct(l.atFmr01.fnmr)} (t=${l.atFmr01.threshold.toFixed(1)})`,
        ),
      ]
    : [];
  const notes = report.databases
    .filter((db) => db.extractionFailures > 0)
    .map((db) => `${db.name}: ${db.extractionFailures} images failed extraction (scored as non-matches)`);
  const search = report.search
    ? [
        '',
        `1:N search, ${rate(report.search.galleryTemplates)} synthetic templates (perturbed copies of the real ones):`,
        `  median search ${report.search.medianSearchMs.toFixed(0)} ms on ${report.search.threads} threads (${report.search.searchesTimed} probes, ${rate((report.search.galleryTemplates / report.search.medianSearchMs) * 1000)} comparisons/s); one thread ${report.search.oneThreadSearchMs.toFixed(0)} ms (${rate((report.search.galleryTemplates / report.search.oneThreadSearchMs) * 1000)} comparisons/s)`,
        `  gallery memory ${mb(report.search.galleryMemoryBytes)} (native estimate), process RSS growth ${mb(report.search.rssGrowthBytes)}; adding took ${report.search.addSeconds.toFixed(1)} s`,
      ]
    : [];
  return [
    `Matcher benchmark on ${report.data} (${report.machine.cpus} x ${report.machine.model}, Node ${report.machine.node})`,
    'FVC protocol: genuine i<j per finger; FVC impostors first impressions a<b; extended impostors all impressions a<b; FNMR at FMR on extended impostors.',
    '',
    ...table,
    ...notes,
    ...hints,
    ...held,
    ...search,
    '',
  ].join('\n');
}
