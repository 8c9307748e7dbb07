#!/usr/bin/env node
// WSQ decode speed on one core: decodes every WSQ file under
// ../shared/fpdata/wsq (or RIDGELINE_FPDATA/wsq) on the calling thread, and
// reports the median of repeated decodes per image: wall time and CPU time
// (the CPU time stays meaningful on a loaded machine; wall time does not).
//   npm run bench:wsq [-- --json] [-- --repeat N]
// Skips with a message when the real data is absent. Exposes
// benchmarkWsq(files, repeat) for other benchmark scripts.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function loadAddon() {
  const file = process.env.RIDGELINE_NATIVE_ADDON ?? path.join(root, 'native-matcher', 'build', 'Release', 'ridgeline_native.node');
  if (!fs.existsSync(file)) throw new Error(`native addon not built (${file}); run npm run build:native`);
  return createRequire(import.meta.url)(file);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median single-thread decode time per file, in milliseconds. */
export function benchmarkWsq(files, repeat = 15) {
  const addon = loadAddon();
  return files.map((file) => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const first = addon.decodeWsqSync(bytes); // warm-up
    const times = [];
    const cpu = [];
    for (let i = 0; i < repeat; i++) {
      const start = process.hrtime.bigint();
      const cpuStart = process.cpuUsage();
      addon.decodeWsqSync(bytes);
      const used = process.cpuUsage(cpuStart);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      cpu.push((used.user + used.system) / 1000);
    }
    return { file: path.basename(file), width: first.width, height: first.height, bytes: bytes.length, ms: median(times), cpuMs: median(cpu) };
  });
}

function wsqFiles() {
  const fpdata = process.env.RIDGELINE_FPDATA ?? path.resolve(root, '..', 'shared', 'fpdata');
  const dir = path.join(fpdata, 'wsq');
  if (!fs.existsSync(dir)) return null;
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.wsq'))
    .map((f) => path.join(dir, f))
    .sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const json = process.argv.includes('--json');
  const repeatAt = process.argv.indexOf('--repeat');
  const repeat = repeatAt > 0 ? Number(process.argv[repeatAt + 1]) : 15;
  const files = wsqFiles();
  if (!files) {
    console.log('bench:wsq skipped: no real WSQ data (../shared/fpdata/wsq or RIDGELINE_FPDATA)');
    process.exit(0);
  }
  const results = benchmarkWsq(files, repeat);
  // The issue's yardstick: an 800x750-class ten-print card image.
  const cards = results.filter((r) => r.width >= 700 && r.width <= 900 && r.height >= 700 && r.height <= 800);
  const summary = {
    images: results.length,
    medianMsPerImage: median(results.map((r) => r.ms)),
    medianMsPerCardPrint: cards.length ? median(cards.map((r) => r.ms)) : null,
    medianCpuMsPerCardPrint: cards.length ? median(cards.map((r) => r.cpuMs)) : null,
    megapixelsPerSecond: results.reduce((s, r) => s + r.width * r.height, 0) / 1e6 / (results.reduce((s, r) => s + r.ms, 0) / 1000),
  };
  if (json) console.log(JSON.stringify({ results, summary }, null, 2));
  else {
    for (const r of results) {
      console.log(`${r.file.padEnd(14)} ${`${r.width}x${r.height}`.padEnd(10)} ${r.ms.toFixed(2).padStart(7)} ms wall ${r.cpuMs.toFixed(2).padStart(7)} ms cpu`);
    }
    console.log(
      `median ${summary.medianMsPerImage.toFixed(2)} ms/image; card prints (~800x750): ${summary.medianMsPerCardPrint?.toFixed(2)} ms wall, ` +
        `${summary.medianCpuMsPerCardPrint?.toFixed(2)} ms cpu; ${summary.megapixelsPerSecond.toFixed(1)} MP/s`,
    );
  }
}
