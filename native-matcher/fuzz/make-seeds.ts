// Writes small synthetic WSQ files (from the test encoder) as fuzz seeds:
// small images keep each execution fast, and the variants cover the optional
// stream features. Usage: npx tsx native-matcher/fuzz/make-seeds.ts OUT_DIR
import fs from 'node:fs';
import path from 'node:path';

import { encodeWsq, type WsqEncodeOptions } from '../../test/native/wsq-encoder';

function ridges(width: number, height: number): Uint8Array {
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) pixels[y * width + x] = Math.round(128 + 90 * Math.sin((x * 0.7 + y * 0.4) / 2.2));
  }
  return pixels;
}

const out = process.argv[2];
if (!out) throw new Error('usage: make-seeds.ts OUT_DIR');
fs.mkdirSync(out, { recursive: true });
const variants: Array<[string, number, number, WsqEncodeOptions]> = [
  ['plain-64', 64, 64, { step: 0.5, ppi: 500 }],
  ['odd-65x67', 65, 67, { step: 1 }],
  ['wide-100x77', 100, 77, { step: 2, ppi: 1000, comments: ['free text'] }],
  ['uncoded-64', 64, 64, { step: 1, uncodedSubbands: [7, 20, 52, 59] }],
  ['combined-dht-64', 64, 64, { step: 1, combinedHuffmanSegment: true }],
  ['no-eoi-64', 64, 64, { step: 4, omitEoi: true }],
];
for (const [name, width, height, options] of variants) {
  fs.writeFileSync(path.join(out, `${name}.wsq`), encodeWsq(width, height, ridges(width, height), options));
}
console.log(`wrote ${variants.length} seeds to ${out}`);
