// Finding 3: the tagged-record reader searched for each field's separator past
// its record's end, so a file of one-field records (no GS anywhere after them)
// took time quadratic in its size: a 1.6 MB file took a minute. The reader
// must touch each byte a bounded number of times; this counts the bytes the
// searches examine rather than timing them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readTransaction } from '../../../main/formats/ansi-nist/reader';
import { manyRecordsTransaction } from '../../helpers/hostile-files';

afterEach(() => vi.restoreAllMocks());

function scannedBytesWhile(run: () => void): number {
  let scanned = 0;
  const original = Uint8Array.prototype.indexOf;
  vi.spyOn(Uint8Array.prototype, 'indexOf').mockImplementation(function (this: Uint8Array, value: number, from?: number) {
    const start = from === undefined ? 0 : from < 0 ? Math.max(0, this.length + from) : from;
    const found = original.call(this, value, start);
    scanned += (found < 0 ? this.length : found + 1) - start;
    return found;
  });
  run();
  return scanned;
}

describe('tagged-record parsing is linear', () => {
  it.each([false, true])('reads 20k records (one field each: %s) examining each byte a bounded number of times', (oneField) => {
    const bytes = manyRecordsTransaction(20_000, { oneField });
    let records = 0;
    const scanned = scannedBytesWhile(() => {
      records = readTransaction(bytes).transaction.records.length;
    });
    expect(records).toBe(20_001);
    expect(scanned).toBeLessThan(4 * bytes.length);
  });
});
