// Matcher benchmark on FVC-layout data (npm run bench:matcher -- --data DIR).
// Protocol (../shared/fpdata/README.md): genuine pairs i<j per finger, FVC
// impostors (first impressions, a<b), extended impostors (all impressions,
// a<b); EER by the FVC2000 definition; FNMR at FMR <= 1% and 0.1% on the
// extended impostors; per database and pooled over all databases.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from '../../main/cli/args';
import {
  equalErrorRate,
  extendedImpostorPairs,
  fnmrAtFmr,
  fvcImpostorPairs,
  genuinePairs,
  type EqualErrorRate,
  type OperatingPoint,
} from '../../main/core/matching';
import { Gallery } from '../../native-matcher';
import { findDatabases } from './fvc-layout';
import { enrol, median, scorePairs, throughput, type Enrolled, type Throughput } from './measure';
import { formatReport } from './report';
import { perturb, random } from './synthetic-gallery';

export interface ScoreFigures {
  eerFvc: EqualErrorRate;
  eerExtended: EqualErrorRate;
  fnmrAtFmr1: OperatingPoint;
  fnmrAtFmr01: OperatingPoint;
}

export interface DatabaseFigures extends ScoreFigures {
  name: string;
  ppi: number;
  images: number;
  extractionFailures: number;
  medianExtractionMs: number;
  medianMinutiae: number;
  oneThread: Throughput;
  allThreads: Throughput;
}

export interface SearchFigures {
  galleryTemplates: number;
  addSeconds: number;
  galleryMemoryBytes: number;
  rssGrowthBytes: number;
  medianSearchMs: number;
  searchesTimed: number;
  threads: number;
  oneThreadSearchMs: number;
}

const repoRoot = path.resolve(__dirname, '..', '..');
const args = parseArgs(process.argv.slice(2), { flags: ['json'], options: ['data', 'ppi', 'gallery-size', 'copies'] });
const dataDir = path.resolve(args.options.get('data') ?? process.env['RIDGELINE_FPDATA_FVC'] ?? path.join(repoRoot, '..', 'shared', 'fpdata', 'fvc2002'));
const ppi = args.options.has('ppi') ? Number(args.options.get('ppi')) : undefined;
const gallerySize = Number(args.options.get('gallery-size') ?? 100_000);
const copies = Number(args.options.get('copies') ?? 25);
if (ppi !== undefined && !(ppi >= 50 && ppi <= 10000)) throw new Error('--ppi must be a number in 50..10000');

function scoreFigures(genuine: number[], fvc: number[], extended: number[]): ScoreFigures {
  return {
    eerFvc: equalErrorRate(genuine, fvc),
    eerExtended: equalErrorRate(genuine, extended),
    fnmrAtFmr1: fnmrAtFmr(genuine, extended, 0.01),
    fnmrAtFmr01: fnmrAtFmr(genuine, extended, 0.001),
  };
}

async function searchFigures(templates: Enrolled[]): Promise<SearchFigures> {
  const next = random(2002);
  const sources = templates.filter((t) => t.template.minutiae.length > 0);
  const gallery = new Gallery();
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const addStart = performance.now();
  for (let i = 0; i < gallerySize; i++) {
    const source = sources[Math.floor(next() * sources.length)]!;
    gallery.add(`synthetic-${i}`, perturb(source.template, next));
  }
  const addSeconds = (performance.now() - addStart) / 1000;
  global.gc?.();
  const rssGrowthBytes = process.memoryUsage().rss - rssBefore;
  const probes = sources.filter((_, i) => i % Math.max(1, Math.floor(sources.length / 5)) === 0).slice(0, 5);
  await gallery.search(probes[0]!.template, { top: 10 }); // warm caches and threads
  const times: number[] = [];
  for (const probe of probes) {
    const start = performance.now();
    await gallery.search(probe.template, { top: 10 });
    times.push(performance.now() - start);
  }
  const oneStart = performance.now();
  await gallery.search(probes[0]!.template, { top: 10, threads: 1 });
  const oneThreadSearchMs = performance.now() - oneStart;
  return {
    galleryTemplates: gallery.size,
    addSeconds,
    galleryMemoryBytes: gallery.memoryBytes,
    rssGrowthBytes,
    medianSearchMs: median(times),
    searchesTimed: times.length,
    threads: os.availableParallelism(),
    oneThreadSearchMs,
  };
}

async function main(): Promise<void> {
  if (!fs.existsSync(dataDir)) {
    process.stderr.write(`bench:matcher: no data at ${dataDir}; pass --data DIR (FVC layout DB*_B/<finger>_<impression>.tif).\n`);
    process.exitCode = 2;
    return;
  }
  const databases = findDatabases(dataDir, ppi);
  if (databases.length === 0) throw new Error(`no DB*_B folders with <finger>_<impression>.tif images under ${dataDir}`);
  const log = (line: string) => process.stderr.write(`${line}\n`);

  const perDatabase: DatabaseFigures[] = [];
  const pooled = { genuine: [] as number[], fvc: [] as number[], extended: [] as number[], extraction: [] as number[] };
  const allEnrolled: Enrolled[] = [];
  const pooledSpeed = { one: { comparisons: 0, seconds: 0 }, all: { comparisons: 0, seconds: 0 } };
  for (const db of databases) {
    log(`${db.name}: extracting ${db.images.length} images at ${db.ppi} ppi`);
    const enrolled = await enrol(db);
    log(`${db.name}: scoring protocol pairs`);
    const genuine = await scorePairs(genuinePairs(enrolled));
    const fvc = await scorePairs(fvcImpostorPairs(enrolled));
    const extended = await scorePairs(extendedImpostorPairs(enrolled));
    log(`${db.name}: measuring throughput`);
    const templates = enrolled.map((e) => e.template);
    const oneThread = await throughput(templates, 1, copies);
    const allThreads = await throughput(templates, 0, copies);
    perDatabase.push({
      name: db.name,
      ppi: db.ppi,
      images: enrolled.length,
      extractionFailures: enrolled.filter((e) => e.failure).length,
      medianExtractionMs: median(enrolled.map((e) => e.extractionMs)),
      medianMinutiae: median(templates.map((t) => t.minutiae.length)),
      ...scoreFigures(genuine, fvc, extended),
      oneThread,
      allThreads,
    });
    pooled.genuine.push(...genuine);
    pooled.fvc.push(...fvc);
    pooled.extended.push(...extended);
    pooled.extraction.push(...enrolled.map((e) => e.extractionMs));
    allEnrolled.push(...enrolled);
    for (const [key, t] of [['one', oneThread], ['all', allThreads]] as const) {
      pooledSpeed[key].comparisons += t.comparisons;
      pooledSpeed[key].seconds += t.seconds;
    }
  }
  const speed = (s: { comparisons: number; seconds: number }): Throughput => ({ ...s, perSecond: s.comparisons / s.seconds });
  log(`1:N: building a gallery of ${gallerySize} synthetic templates`);
  const report = {
    data: dataDir,
    machine: { cpus: os.availableParallelism(), model: os.cpus()[0]?.model ?? 'unknown', node: process.version },
    databases: perDatabase,
    pooled: {
      ...scoreFigures(pooled.genuine, pooled.fvc, pooled.extended),
      medianExtractionMs: median(pooled.extraction),
      oneThread: speed(pooledSpeed.one),
      allThreads: speed(pooledSpeed.all),
    },
    search: gallerySize > 0 ? await searchFigures(allEnrolled) : null,
  };
  process.stdout.write(args.flags.has('json') ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:matcher: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
