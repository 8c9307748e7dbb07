import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RidgelineError } from '../../../main/core/errors';
import { readTransaction } from '../../../main/formats/ansi-nist/reader';
import { finalize, writeTransaction } from '../../../main/formats/ansi-nist/writer';
import { field } from '../../../main/formats/ansi-nist/fields';
import { plain, transactionArb } from './arbitraries';

describe('ANSI/NIST-ITL writer and reader', () => {
  it('read(write(t)) equals finalize(t), with no warnings', () => {
    fc.assert(
      fc.property(transactionArb, (t) => {
        const bytes = writeTransaction(t);
        const read = readTransaction(bytes);
        expect(read.warnings).toEqual([]);
        expect(plain(read.transaction)).toEqual(plain(finalize(t)));
      }),
      { numRuns: 120 },
    );
  });

  it('writes LEN equal to each record length and CNT listing every record', () => {
    fc.assert(
      fc.property(transactionArb, (t) => {
        const bytes = writeTransaction(t);
        const read = readTransaction(bytes);
        const sum = read.layout.reduce((s, r) => s + r.length, 0);
        expect(sum).toBe(bytes.length);
        read.transaction.records.forEach((record, i) => {
          const length = record.encoding === 'binary' ? record.length : Number((field(record, 1) as { subfields: string[][] }).subfields[0]![0]);
          expect(length).toBe(read.layout[i]!.length);
        });
        const cnt = (field(read.transaction.records[0]!, 3) as { subfields: string[][] }).subfields;
        expect(cnt[0]).toEqual(['1', String(t.records.length - 1)]);
        expect(cnt.slice(1).map((s) => Number(s[0]))).toEqual(t.records.slice(1).map((r) => r.type));
      }),
      { numRuns: 100 },
    );
  });

  it('finalize is idempotent and writing is deterministic', () => {
    fc.assert(
      fc.property(transactionArb, (t) => {
        expect(plain(finalize(finalize(t)))).toEqual(plain(finalize(t)));
        expect(writeTransaction(readTransaction(writeTransaction(t)).transaction)).toEqual(writeTransaction(t));
      }),
      { numRuns: 100 },
    );
  });
});

describe('corrupted and truncated input', () => {
  const onlyTypedErrors = (bytes: Uint8Array) => {
    try {
      readTransaction(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(RidgelineError);
      expect((error as RidgelineError).code).toBe('bad-file');
    }
  };

  it('any truncation parses or fails with bad-file, never anything else', () => {
    fc.assert(
      fc.property(transactionArb, fc.nat(), (t, cut) => {
        const bytes = writeTransaction(t);
        onlyTypedErrors(bytes.subarray(0, cut % (bytes.length + 1)));
      }),
      { numRuns: 150 },
    );
  });

  it('a truncated image record is reported with its record and offset', () => {
    fc.assert(
      fc.property(transactionArb.filter((t) => t.records.some((r) => r.type === 4 || r.type === 14)), (t) => {
        const bytes = writeTransaction(t);
        const layout = readTransaction(bytes).layout;
        const last = layout.findLastIndex((r) => r.type === 4 || r.type === 14);
        const cut = layout[last]!.offset + layout[last]!.length - 1;
        try {
          const result = readTransaction(bytes.subarray(0, cut));
          // Only acceptable when the cut merely dropped the closing FS of the last record.
          expect(result.warnings.length).toBeGreaterThan(0);
        } catch (error) {
          expect((error as RidgelineError).code).toBe('bad-file');
          expect((error as RidgelineError).details).toMatchObject({ record: last, offset: layout[last]!.offset });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a cut inside any record after Type-1 is bad-file naming that record', () => {
    fc.assert(
      fc.property(transactionArb.filter((t) => t.records.length > 1), fc.nat(), fc.nat(), (t, pick, at) => {
        const bytes = writeTransaction(t);
        const layout = readTransaction(bytes).layout;
        const index = 1 + (pick % (layout.length - 1));
        const record = layout[index]!;
        // Strictly inside: keeping all but the closing FS is a tolerated deviation.
        if (record.length < 3) return;
        const cut = record.offset + 1 + (at % (record.length - 2));
        try {
          readTransaction(bytes.subarray(0, cut));
          expect.unreachable(`cut at ${cut} inside record ${index} was accepted`);
        } catch (error) {
          expect((error as RidgelineError).code).toBe('bad-file');
          expect((error as RidgelineError).details).toMatchObject({ record: index, offset: record.offset });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('random byte flips parse or fail with bad-file, and finish quickly', () => {
    fc.assert(
      fc.property(transactionArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (t, flips) => {
        const bytes = writeTransaction(t).slice();
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        const started = performance.now();
        onlyTypedErrors(bytes);
        expect(performance.now() - started).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary bytes never escape as an untyped error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => onlyTypedErrors(bytes)),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (tail) => onlyTypedErrors(Uint8Array.from([...Buffer.from('1.001:30\x1d1.002:0400\x1d1.003:1\x1f1\x1e4\x1f01\x1c'), ...tail]))),
      { numRuns: 150 },
    );
  });

  it('a huge declared LEN does not allocate: it is reported as truncation', () => {
    const bytes = Uint8Array.from([...Buffer.from('1.001:30\x1d1.002:0400\x1d1.003:1\x1f1\x1e4\x1f01\x1c'), 0xff, 0xff, 0xff, 0xff, 1, 2, 3]);
    expect(() => readTransaction(bytes)).toThrowError(/truncated/);
  });
});
