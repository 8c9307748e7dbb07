// Runs one worst-case input in this (fresh) process and prints one JSON line:
// whether it was parsed or refused (with the error code), wall time and peak
// memory. The benchmark and the regression tests spawn it, so an input that
// exhausts memory kills only this process.
//   tsx test/helpers/hostile-run.ts <case> [--write FILE | --input FILE]
// cases: records-100k, records-100k-one-field, tiff-tag-bomb, budget-packet.
// --write only builds the input into FILE; --input runs on it, so the peak
// memory of building the input is not counted against the reader.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { decodeTransaction } from '../../main/core/packets/decode';
import { RidgelineError } from '../../main/core/errors';
import { defaultDecoders } from '../../main/formats/ansi-nist/decoders';
import { listImages } from '../../main/formats/ansi-nist/image-records';
import { readTransaction } from '../../main/formats/ansi-nist/reader';
import { decodeImage } from '../../main/formats/images';
import { budgetBreakingPacket, manyRecordsTransaction, tiffTagBomb } from './hostile-files';

type Case = { input(): Uint8Array; run(bytes: Uint8Array): Promise<unknown> | unknown };

export const CASES: Record<string, Case> = {
  'records-100k': { input: () => manyRecordsTransaction(100_000), run: (b) => listImages(readTransaction(b).transaction) },
  'records-100k-one-field': { input: () => manyRecordsTransaction(100_000, { oneField: true }), run: (b) => listImages(readTransaction(b).transaction) },
  'tiff-tag-bomb': { input: tiffTagBomb, run: (b) => decodeImage(b, { format: 'tiff' }) },
  'budget-packet': {
    input: budgetBreakingPacket,
    // What intake runs on a packet's signed content before anything is written.
    run: (b) => decodeTransaction(b, { decoders: defaultDecoders }),
  },
};

async function main(name: string, mode: string | undefined, file: string | undefined): Promise<void> {
  const entry = CASES[name];
  if (!entry) throw new Error(`unknown case ${name}; one of ${Object.keys(CASES).join(', ')}`);
  if (mode === '--write' && file) {
    fs.writeFileSync(file, entry.input());
    return;
  }
  const bytes = mode === '--input' && file ? new Uint8Array(fs.readFileSync(file)) : entry.input();
  const baseRssMb = process.memoryUsage().rss / 2 ** 20;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let outcome: { result: 'parsed' } | { result: 'refused'; code: string; message: string };
  try {
    await entry.run(bytes);
    outcome = { result: 'parsed' };
  } catch (error) {
    if (!(error instanceof RidgelineError)) throw error;
    outcome = { result: 'refused', code: error.code, message: error.message };
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  // maxRSS is the process's peak (kB); the input itself is part of it.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ case: name, bytes: bytes.length, ...outcome, ms: Number(ms.toFixed(1)), cpuMs: Number(((cpu.user + cpu.system) / 1000).toFixed(1)), peakRssMb: Number(peakRssMb.toFixed(1)), baseRssMb: Number(baseRssMb.toFixed(1)) }));
}

if (process.argv[2]) void main(process.argv[2], process.argv[3], process.argv[4]);
