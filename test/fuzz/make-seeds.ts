// Writes small synthetic seed corpora for the fuzz targets (targets.ts), one
// folder per target. Every seed is produced by our writers and test builders;
// no real data is copied. Usage: tsx test/fuzz/make-seeds.ts <out-dir>
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import jpeg from 'jpeg-js';
import { frictionImageRecord, transaction } from '../../main/formats/ansi-nist/builders';
import { writeTransaction } from '../../main/formats/ansi-nist/writer';
import { comparisonTransaction, type MarkedComparison } from '../../main/formats/efs/comparison';
import { encodePng } from '../../main/formats/images';
import { encodeTemplate } from '../../main/formats/templates';
import { transactionArb } from '../unit/ansi-nist/arbitraries';
import { buildBmp, buildTiff, gradient } from '../unit/images/fixtures';
import { template } from '../unit/templates/arbitraries';

const out = process.argv[2];
if (!out) throw new Error('usage: make-seeds.ts <out-dir>');
const header = { typeOfTransaction: 'LFFS', date: '20261123', destinationAgency: 'DEST00001', originatingAgency: 'ORIG00001', controlNumber: 'TCN-1' };

function save(target: string, name: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.join(out!, target), { recursive: true });
  fs.writeFileSync(path.join(out!, target, name), bytes);
}

const W = 24;
const H = 20;
const pixels = gradient(W, H);
const png = encodePng({ width: W, height: H, pixels, ppi: 500 });
const jpg = new Uint8Array(jpeg.encode({ width: W, height: H, data: Buffer.from(Array.from(pixels).flatMap((v) => [v, v, v, 255])) }, 80).data);
const tiff = buildTiff({ width: W, height: H, little: true, samples: 1, depth: 8, photometric: 1, data: pixels, rowsPerStrip: 7, ppi: 500 });
const bmp = buildBmp({ width: W, height: H, bpp: 8, data: pixels, palette: Array.from({ length: 256 }, (_, i) => [i, i, i, 0]).flat(), ppi: 500 });
for (const [name, bytes] of Object.entries({ png, jpg, tiff, bmp })) save('images', name, bytes);

// Transactions: property-test shapes, plus each image compression and an EFS comparison.
fc.sample(transactionArb, { numRuns: 24, seed: 11 }).forEach((t, i) => save('ansi-nist', `arb-${i}`, writeTransaction(t)));
const images = [
  { compression: 'NONE', data: pixels },
  { compression: 'PNG', data: png },
  { compression: 'JPEGB', data: jpg },
];
images.forEach(({ compression, data }, i) => {
  const record = frictionImageRecord({ recordType: 14, idc: 1, width: W, height: H, ppi: 500, compression, data, positions: [2], impression: 0, sourceAgency: 'ORIG00001', captureDate: '20261123' });
  save('ansi-nist', `type14-${compression}-${i}`, writeTransaction(transaction(header, [record])));
});
const annotations = [
  { kind: 'minutia', x: 5, y: 6, direction: 1, minutiaType: 'ending', quality: null, origin: 'examiner', author: 'A' },
  { kind: 'minutia', x: 12, y: 9, direction: 2, minutiaType: 'bifurcation', quality: null, origin: 'examiner', author: 'A' },
  { kind: 'core', x: 10, y: 10, direction: 0.5, minutiaType: null, quality: null, origin: 'examiner', author: 'A' },
];
const side = (latent: boolean) => ({ pixels, width: W, height: H, ppi: 500, fingerPosition: 2, impression: latent ? 4 : 1, latent, annotations });
const comparison = { query: side(true), candidate: side(false), pairs: [{ query: 0, candidate: 1, status: 'accepted' }], determination: 'identification', examiner: { surname: 'E', givenName: 'A', affiliation: 'B', dateTime: '20261123120000Z' } } as unknown as MarkedComparison;
save('ansi-nist', 'efs-comparison', writeTransaction(comparisonTransaction(header, comparison)));

fc.sample(template({ maxMinutiae: 12 }), { numRuns: 6, seed: 5 }).forEach((t, i) => {
  for (const format of ['rdlt', 'iso19794-2', 'ansi378'] as const) save('templates', `${format}-${i}`, encodeTemplate(t, format));
});
console.log(`seeds written to ${out}`);
