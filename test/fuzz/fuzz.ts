// A small coverage-guided fuzzer for our TypeScript readers. Jazzer.js does not
// run on these machines (its prebuilt addon needs glibc 2.38, and building it
// needs a patched libFuzzer), so this drives V8's own block coverage through
// the inspector: an input that reaches a new (block, hit-count bucket) pair of
// the code under test joins the corpus, and inputs are mutated libFuzzer-style
// (bit flips, byte and integer splices, chunk copies, crossover, format tokens).
// Findings are exceptions other than RidgelineError, runs slower than a
// second, and crashes of the process (the input being run is kept in
// <out>/current before each run, so an out-of-memory abort leaves it behind).
//
//   nice -n 19 npx tsx test/fuzz/fuzz.ts <target> <out-dir> <seconds> [seed-dir]
// targets: ansi-nist | templates | images (see targets.ts)
import crypto from 'node:crypto';
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';
import { ansiNist, images, templates } from './targets';

const TARGETS: Record<string, (data: Buffer) => unknown> = { 'ansi-nist': ansiNist, templates, images };
const [name, outDir, secondsArg, seedDir] = process.argv.slice(2);
const target = TARGETS[name ?? ''];
if (!target || !outDir || !secondsArg) {
  console.error('usage: fuzz.ts <ansi-nist|templates|images> <out-dir> <seconds> [seed-dir]');
  process.exit(2);
}
const deadline = Date.now() + Number(secondsArg) * 1000;
const MAX_LEN = 64 * 1024;
const SLOW_MS = 1000;
const corpusDir = path.join(outDir, 'corpus');
const findingsDir = path.join(outDir, 'findings');
fs.mkdirSync(corpusDir, { recursive: true });
fs.mkdirSync(findingsDir, { recursive: true });

const session = new inspector.Session();
session.connect();
function post<T>(method: string, params?: object): T {
  let result: T | undefined;
  let failure: Error | null = null;
  session.post(method, params ?? {}, (error, value) => {
    failure = error;
    result = value as T;
  });
  if (failure) throw failure;
  return result!;
}
post('Profiler.enable');
post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });

interface Coverage { result: { url: string; functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[] }[] }
const UNDER_TEST = /\/main\/formats\//;
const bucket = (n: number) => (n === 0 ? 0 : n < 4 ? n : 32 - Math.clz32(n) + 2);

/** Runs one input and returns the (block, bucket) features it reached. */
async function run(data: Buffer): Promise<{ features: string[]; error?: unknown; ms: number }> {
  post('Profiler.takePreciseCoverage'); // reset counters
  const start = performance.now();
  let error: unknown;
  try {
    await target!(data);
  } catch (e) {
    error = e;
  }
  const ms = performance.now() - start;
  const coverage = post<Coverage>('Profiler.takePreciseCoverage');
  const features: string[] = [];
  for (const script of coverage.result) {
    if (!UNDER_TEST.test(script.url)) continue;
    const file = script.url.slice(script.url.indexOf('/main/formats/'));
    for (const fn of script.functions) for (const r of fn.ranges) if (r.count > 0) features.push(`${file}:${r.startOffset}:${r.endOffset}:${bucket(r.count)}`);
  }
  return { features, error, ms };
}

const TOKENS = ['1.001:', '1.002:0502', '1.003:', '14.001:', '14.999:', '9.331:', '13.011:', '.999:', '\x1d', '\x1e', '\x1f', '\x1c', 'WSQ20', 'JPEGB', 'JPEGL', 'PNG', 'NONE', 'JP2', 'FMR\0', '\x89PNG\r\n\x1a\n', 'IHDR', 'IDAT', 'II*\0', 'MM\0*', '\xff\xd8\xff\xdb', '\xff\xc0', '\xff\xc3', '\xff\xda', 'BM', '4294967295', '99999999', '0'].map((t) => Buffer.from(t, 'latin1'));
const INTERESTING = [0, 1, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0xffff, 0x10000, 0x7fffffff, 0xffffffff];

const rand = (n: number) => Math.floor(Math.random() * n);
function mutate(input: Buffer, corpus: Buffer[]): Buffer {
  let data = Buffer.from(input);
  const rounds = 1 + rand(4);
  for (let r = 0; r < rounds; r++) {
    const at = rand(data.length + 1);
    switch (rand(9)) {
      case 0:
        if (data.length) data[at % data.length]! ^= 1 << rand(8);
        break;
      case 1:
        if (data.length) data[at % data.length] = rand(256);
        break;
      case 2: {
        const v = INTERESTING[rand(INTERESTING.length)]!;
        const width = [1, 2, 4][rand(3)]!;
        if (data.length >= width) {
          const pos = rand(data.length - width + 1);
          for (let i = 0; i < width; i++) data[pos + i] = (Math.random() < 0.5 ? v >>> (8 * i) : v >>> (8 * (width - 1 - i))) & 0xff;
        }
        break;
      }
      case 3:
        data = Buffer.concat([data.subarray(0, at), TOKENS[rand(TOKENS.length)]!, data.subarray(at)]);
        break;
      case 4: {
        const len = rand(Math.min(64, data.length - at) + 1);
        data = Buffer.concat([data.subarray(0, at), data.subarray(at + len)]);
        break;
      }
      case 5: {
        const from = rand(data.length + 1);
        const len = rand(Math.min(256, data.length - from) + 1);
        data = Buffer.concat([data.subarray(0, at), data.subarray(from, from + len), data.subarray(at)]);
        break;
      }
      case 6: {
        const other = corpus[rand(corpus.length)]!;
        const cut = rand(other.length + 1);
        data = Buffer.concat([data.subarray(0, at), other.subarray(cut)]);
        break;
      }
      case 7: {
        // Rewrite a decimal number (LEN, sizes, counts are text in ANSI/NIST).
        const text = data.toString('latin1');
        const matches = [...text.matchAll(/\d+/g)];
        if (matches.length) {
          const m = matches[rand(matches.length)]!;
          const choices = ['0', '1', String(Number(m[0]) + 1), String(Math.max(0, Number(m[0]) - 1)), '65535', '4294967296', '99999999999'];
          data = Buffer.concat([data.subarray(0, m.index), Buffer.from(choices[rand(choices.length)]!), data.subarray(m.index! + m[0].length)]);
        }
        break;
      }
      default:
        if (data.length) data = data.subarray(0, rand(data.length));
    }
  }
  return data.length > MAX_LEN ? data.subarray(0, MAX_LEN) : data;
}

const seen = new Set<string>();
const corpus: Buffer[] = [];
const stats = { target: name, execs: 0, corpus: 0, features: 0, findings: 0, slow: 0, startedAt: new Date().toISOString(), seconds: 0 };
const id = (data: Buffer) => crypto.createHash('sha1').update(data).digest('hex').slice(0, 16);

function finding(kind: string, data: Buffer, detail: string): void {
  const file = path.join(findingsDir, `${kind}-${id(data)}`);
  if (fs.existsSync(file)) return;
  fs.writeFileSync(file, data);
  fs.writeFileSync(`${file}.txt`, detail);
  stats.findings++;
  console.log(`finding ${kind}: ${file}\n  ${detail.split('\n').slice(0, 3).join('\n  ')}`);
}

async function consider(data: Buffer, fromDisk = false): Promise<void> {
  fs.writeFileSync(path.join(outDir!, 'current'), data);
  const { features, error, ms } = await run(data);
  stats.execs++;
  if (error !== undefined) finding('exception', data, error instanceof Error ? (error.stack ?? error.message) : String(error));
  if (ms > SLOW_MS) {
    stats.slow++;
    finding('slow', data, `${ms.toFixed(0)} ms`);
  }
  let novel = false;
  for (const f of features) if (!seen.has(f)) (seen.add(f), (novel = true));
  if (novel || (fromDisk && corpus.length === 0)) {
    corpus.push(data);
    if (!fromDisk) fs.writeFileSync(path.join(corpusDir, id(data)), data);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  for (const dir of [corpusDir, seedDir].filter(Boolean) as string[]) {
    for (const file of fs.readdirSync(dir)) await consider(fs.readFileSync(path.join(dir, file)).subarray(0, MAX_LEN), true);
  }
  if (corpus.length === 0) corpus.push(Buffer.alloc(0));
  let lastReport = Date.now();
  while (Date.now() < deadline) {
    const parent = corpus[rand(corpus.length)]!;
    await consider(mutate(parent, corpus));
    if (Date.now() - lastReport > 60_000) {
      lastReport = Date.now();
      Object.assign(stats, { corpus: corpus.length, features: seen.size, seconds: Math.round((Date.now() - started) / 1000) });
      console.log(JSON.stringify(stats));
    }
  }
  Object.assign(stats, { corpus: corpus.length, features: seen.size, seconds: Math.round((Date.now() - started) / 1000) });
  fs.writeFileSync(path.join(outDir!, 'stats.json'), JSON.stringify(stats, null, 2));
  console.log(JSON.stringify(stats));
  process.exit(0);
}

void main();
