// Formats benchmark (npm run bench:formats -- [--json] [--data DIR]):
// the worst-case inputs a partner could send (100k-record file, TIFF tag bomb,
// budget-breaking packet), each in its own process: parsed or refused, wall
// and CPU time, peak memory (target: under 1 s and 200 MB each); then, when the
// real data is present, ANSI/NIST-ITL parse throughput over the NIST reference
// transactions and WSQ decode time per image (every WSQ record of those files,
// one at a time, so each timing is one decode on one core).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from '../../main/cli/args';
import { listImages } from '../../main/formats/ansi-nist/image-records';
import { readTransaction } from '../../main/formats/ansi-nist/reader';
import { decodeWsq } from '../../main/formats/wsq';
import { median } from './measure';

const args = parseArgs(process.argv.slice(2), { flags: ['json'], options: ['data', 'repeat'] });
const data = args.options.get('data') ?? path.join(process.env['RIDGELINE_FPDATA'] ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'fpdata'), 'ansinist', 'nist-reference');

interface WorstCase {
  case: string;
  bytes: number;
  result: 'parsed' | 'refused';
  code?: string;
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  withinTarget: boolean;
}

/** Each worst case in a fresh process: input built first, then read back and measured. */
function worstCases(): WorstCase[] {
  const runner = path.resolve(__dirname, '..', 'helpers', 'hostile-run.ts');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ridgeline-worst-'));
  const node = (...rest: string[]) => spawnSync(process.execPath, ['--import', 'tsx', runner, ...rest], { encoding: 'utf8' });
  try {
    return ['records-100k', 'records-100k-one-field', 'tiff-tag-bomb', 'budget-packet'].map((name) => {
      const file = path.join(dir, name);
      node(name, '--write', file);
      const run = node(name, '--input', file);
      const line = run.stdout.trim().split('\n').pop() ?? '';
      if (run.status !== 0 || !line.startsWith('{')) throw new Error(`worst case ${name} failed: ${run.stderr.slice(-500)}`);
      const figures = JSON.parse(line) as Omit<WorstCase, 'withinTarget'>;
      // Judged on CPU time: on a shared machine wall time also counts other processes (see loadAverage).
      return { ...figures, withinTarget: figures.cpuMs < 1000 && figures.peakRssMb < 200 };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const worst = worstCases();
if (!fs.existsSync(data)) {
  if (args.flags.has('json')) console.log(JSON.stringify({ loadAverage: os.loadavg(), worstCases: worst, reference: `skipped: no reference transactions at ${data}` }, null, 2));
  else {
    printWorst(worst);
    console.error(`bench:formats: reference figures skipped, no reference transactions at ${data} (pass --data DIR or set RIDGELINE_FPDATA)`);
  }
  process.exit(0);
}

function printWorst(cases: WorstCase[]): void {
  console.log('  worst cases (each in its own process; target < 1 s, < 200 MB):');
  for (const c of cases) {
    console.log(`    ${c.case}: ${c.bytes} bytes ${c.result}${c.code ? ` (${c.code})` : ''} in ${c.ms} ms wall / ${c.cpuMs} ms CPU, peak ${c.peakRssMb} MB${c.withinTarget ? '' : '  <-- over target'}`);
  }
}
const repeat = Number(args.options.get('repeat') ?? '5');
const files = fs.readdirSync(data).filter((f) => /\.(an2|eft|nist|ebts)$/i.test(f)).sort().map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(data, f))) }));
const totalBytes = files.reduce((sum, f) => sum + f.bytes.length, 0);

// Parse: full read (records, fields, text decoding) plus the image listing.
for (const f of files) listImages(readTransaction(f.bytes).transaction); // warm-up
const parseRuns: number[] = [];
for (let r = 0; r < repeat; r++) {
  const start = performance.now();
  for (const f of files) listImages(readTransaction(f.bytes).transaction);
  parseRuns.push(performance.now() - start);
}
const parseMs = median(parseRuns);

// WSQ: each WSQ image record decoded `repeat` times; the median per image.
interface WsqTiming {
  file: string;
  record: number;
  width: number;
  height: number;
  ms: number;
}
async function timeWsq(): Promise<WsqTiming[]> {
  const wsq: WsqTiming[] = [];
  for (const f of files) {
    for (const image of listImages(readTransaction(f.bytes).transaction)) {
      if (image.compression !== 'wsq') continue;
      await decodeWsq(image.data); // warm-up
      const runs: number[] = [];
      for (let r = 0; r < repeat; r++) {
        const start = performance.now();
        await decodeWsq(image.data);
        runs.push(performance.now() - start);
      }
      wsq.push({ file: f.name, record: image.recordIndex, width: image.width, height: image.height, ms: median(runs) });
    }
  }
  return wsq;
}

void timeWsq().then(report, (error: unknown) => {
  console.error(`bench:formats: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

function report(wsq: WsqTiming[]): void {
  // The "card print" class of the target: single rolled fingers of about 800x750.
  const cardPrints = wsq.filter((t) => t.width >= 700 && t.width <= 900 && t.height >= 650 && t.height <= 850);
  const msPerMegapixel = wsq.map((t) => t.ms / ((t.width * t.height) / 1e6));

  const figures = {
    loadAverage: os.loadavg(),
    worstCases: worst,
    data,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', node: process.version },
    parse: { files: files.length, bytes: totalBytes, medianMs: Number(parseMs.toFixed(2)), mbPerSecond: Number((totalBytes / 1e6 / (parseMs / 1000)).toFixed(1)), repeat },
    wsq: {
      images: wsq.length,
      medianMsPerImage: Number(median(wsq.map((t) => t.ms)).toFixed(2)),
      cardPrints: cardPrints.length,
      medianMsPerCardPrint: Number(median(cardPrints.map((t) => t.ms)).toFixed(2)),
      maxMsPerCardPrint: Number(Math.max(...cardPrints.map((t) => t.ms)).toFixed(2)),
      medianMsPerMegapixel: Number(median(msPerMegapixel).toFixed(2)),
      perImage: wsq.map((t) => ({ ...t, ms: Number(t.ms.toFixed(2)) })),
    },
  };

  if (args.flags.has('json')) {
    console.log(JSON.stringify(figures, null, 2));
  } else {
    console.log(`Formats benchmark on ${figures.machine.model} (${figures.machine.cpus} CPUs), node ${figures.machine.node}`);
    console.log(`  parse: ${figures.parse.files} files, ${(totalBytes / 1e6).toFixed(1)} MB in ${figures.parse.medianMs} ms -> ${figures.parse.mbPerSecond} MB/s`);
    console.log(`  WSQ: ${figures.wsq.images} images, median ${figures.wsq.medianMsPerImage} ms/image, ${figures.wsq.medianMsPerMegapixel} ms/MPixel`);
    console.log(`       ${figures.wsq.cardPrints} card prints (~800x750): median ${figures.wsq.medianMsPerCardPrint} ms, max ${figures.wsq.maxMsPerCardPrint} ms`);
    printWorst(worst);
  }
}
