// Matcher benchmark on FVC-layout data (npm run bench:matcher -- --data DIR).
// Protocol (../shared/fpdata/README.md): genuine pairs i<j per finger, FVC
// impostors (first impressions, a<b), extended impostors (all impressions,
// a<b); EER by the FVC2000 definition; FNMR at FMR <= 1% and 0.1% on the
// extended impostors; per database and pooled over all databases. Then the
// figures measured on data they were not set on: leave-one-database-out
// thresholds and the product's threshold hint per database.
// Resolution: --ppi, else the dataset manifest (DIR/ridgeline-dataset.json or
// --manifest FILE), else the image's header, else 500; the report says which.
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
import { MATCH_THRESHOLD } from '../../native-matcher/lib/threshold';
import { DATASET_MANIFEST, readManifest } from './dataset-manifest';
import { findDatabases, type PpiSource } from './fvc-layout';
import { checkThresholdHint, leaveOneOut, type HintCheck, type LeaveOneOut, type Scores } from './held-out';
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
  /** Resolution used and where it came from (mixed: images of one database disagree). */
  ppi: number | 'mixed';
  ppiSource: PpiSource | 'mixed';
  images: number;
  extractionFailures: number;
  medianExtractionMs: number;
  medianMinutiae: number;
  oneThread: Throughput;
  allThreads: Throughput;
  thresholdHint: HintCheck;
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
const args = parseArgs(process.argv.slice(2), { flags: ['json'], options: ['data', 'ppi', 'manifest', 'databases', 'gallery-size', 'copies'] });
const dataDir = path.resolve(args.options.get('data') ?? process.env['RIDGELINE_FPDATA_FVC'] ?? path.join(repoRoot, '..', 'shared', 'fpdata', 'fvc2002'));
const ppi = args.options.has('ppi') ? Number(args.options.get('ppi')) : undefined;
const gallerySize = Number(args.options.get('gallery-size') ?? 100_000);
const copies = Number(args.options.get('copies') ?? 25);
if (ppi !== undefined && !(ppi >= 50 && ppi <= 10000)) throw new Error('--ppi must be a number in 50..10000');
const only = args.options.get('databases')?.split(',');
const threshold = MATCH_THRESHOLD ?? 30;

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
  const manifestFile = args.options.get('manifest') ?? path.join(dataDir, DATASET_MANIFEST);
  const manifest = fs.existsSync(manifestFile) ? readManifest(manifestFile) : undefined;
  if (args.options.has('manifest') && !manifest) throw new Error(`no dataset manifest at ${manifestFile}`);
  const databases = findDatabases(dataDir, { ppi, manifest }).filter((db) => !only || only.includes(db.name));
  if (databases.length === 0) throw new Error(`no folders with <finger>_<impression> images under ${dataDir}`);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (manifest) log(`dataset manifest: ${manifestFile}`);
  const heldOut: Scores[] = [];

  const perDatabase: DatabaseFigures[] = [];
  const pooled = { genuine: [] as number[], fvc: [] as number[], extended: [] as number[], extraction: [] as number[] };
  const allEnrolled: Enrolled[] = [];
  const pooledSpeed = { one: { comparisons: 0, seconds: 0 }, all: { comparisons: 0, seconds: 0 } };
  for (const db of databases) {
    const enrolled = await enrol(db);
    const ppis = new Set(enrolled.map((e) => e.template.ppi));
    const sources = new Set(enrolled.map((e) => e.ppiSource));
    const dbPpi = ppis.size === 1 ? [...ppis][0]! : 'mixed';
    const ppiSource = sources.size === 1 ? [...sources][0]! : 'mixed';
    log(`${db.name}: extracted ${db.images.length} images at ${dbPpi} ppi (from ${ppiSource === 'option' ? '--ppi' : ppiSource})`);
    if (sources.has('default')) log(`${db.name}: WARNING some images state no resolution and no manifest or --ppi gives one; assumed 500 ppi`);
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
      ppi: dbPpi,
      ppiSource,
      images: enrolled.length,
      extractionFailures: enrolled.filter((e) => e.failure).length,
      medianExtractionMs: median(enrolled.map((e) => e.extractionMs)),
      medianMinutiae: median(templates.map((t) => t.minutiae.length)),
      ...scoreFigures(genuine, fvc, extended),
      oneThread,
      allThreads,
      thresholdHint: checkThresholdHint({ name: db.name, genuine, extended }, threshold),
    });
    heldOut.push({ name: db.name, genuine, extended });
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
      thresholdHint: checkThresholdHint({ name: 'pooled', genuine: pooled.genuine, extended: pooled.extended }, threshold),
    },
    leaveOneOut: leaveOneOut(heldOut) satisfies LeaveOneOut[],
    matchThreshold: threshold,
    search: gallerySize > 0 ? await searchFigures(allEnrolled) : null,
  };
  process.stdout.write(args.flags.has('json') ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:matcher: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
