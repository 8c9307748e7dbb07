// fast-check generators of synthetic transactions, built with our own writer's
// builders so the property tests need no real data.
import fc from 'fast-check';
import { frictionImageRecord, type1Record, type2Record } from '../../../main/formats/ansi-nist/builders';
import type { AnRecord, BinaryRecord, Transaction } from '../../../main/formats/ansi-nist/model';

// Text items: printable ASCII or, when the transaction declares UTF-8, any
// Unicode scalar except the separators and control characters.
const asciiItem = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,-/:'.split('')), maxLength: 12 });
const unicodeItem = fc.string({ unit: fc.oneof(fc.constantFrom('é', 'ß', '中', '文', '😀', 'Ж'), fc.constantFrom(...'ABCxyz019 .'.split(''))), maxLength: 8 });

const subfields = (item: fc.Arbitrary<string>) => fc.array(fc.array(item, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });

const type2 = (item: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.integer({ min: 0, max: 99 }), fc.uniqueArray(fc.integer({ min: 3, max: 998 }), { maxLength: 5 }), fc.array(subfields(item), { minLength: 5, maxLength: 5 }))
    .map(([idc, numbers, values]) => type2Record(idc, numbers.map((number, i) => ({ number, subfields: values[i]! }))));

const image14 = fc
  .record({
    idc: fc.integer({ min: 0, max: 99 }),
    width: fc.integer({ min: 1, max: 12 }),
    height: fc.integer({ min: 1, max: 12 }),
    ppi: fc.constantFrom(500, 1000),
    position: fc.integer({ min: 0, max: 15 }),
    impression: fc.integer({ min: 0, max: 3 }),
    seed: fc.integer({ min: 0, max: 255 }),
  })
  .map((r) =>
    frictionImageRecord({
      idc: r.idc,
      recordType: 14,
      impression: r.impression,
      sourceAgency: 'TESTAGENCY',
      captureDate: '20260101',
      width: r.width,
      height: r.height,
      ppi: r.ppi,
      compression: 'NONE',
      positions: [r.position],
      data: Uint8Array.from({ length: r.width * r.height }, (_, i) => (i * 31 + r.seed) & 0xff),
    }),
  );

const type4: fc.Arbitrary<BinaryRecord> = fc
  .record({ idc: fc.integer({ min: 0, max: 255 }), imp: fc.integer({ min: 0, max: 3 }), fgp: fc.integer({ min: 0, max: 14 }), hll: fc.integer({ min: 1, max: 40 }), vll: fc.integer({ min: 1, max: 40 }), bytes: fc.uint8Array({ maxLength: 64 }) })
  .map((r) => ({
    encoding: 'binary',
    type: 4,
    length: 0,
    idc: r.idc,
    header: { imp: r.imp, fgp: [r.fgp, 255, 255, 255, 255, 255], isr: 0, hll: r.hll, vll: r.vll, compression: 1 },
    data: r.bytes,
  }));

export const transactionArb: fc.Arbitrary<Transaction> = fc.boolean().chain((utf8) => {
  const item = utf8 ? unicodeItem : asciiItem;
  const header = fc.record({ ori: fc.stringMatching(/^[A-Z0-9]{3,9}$/), tcn: fc.stringMatching(/^[A-Z0-9-]{1,20}$/), tot: fc.constantFrom('LFFS', 'CAR', 'PXEQ') });
  const records = fc.array(fc.oneof(type2(item), image14, type4) as fc.Arbitrary<AnRecord>, { maxLength: 5 });
  return fc.tuple(header, records).map(([h, rest]) => ({
    records: [
      type1Record({ typeOfTransaction: h.tot, date: '20261123', destinationAgency: 'DEST00001', originatingAgency: h.ori, controlNumber: h.tcn, encoding: utf8 ? 'utf-8' : 'ascii' }),
      ...rest,
    ],
  }));
});

/** Replaces Uint8Array views by plain arrays so toEqual compares contents only. */
export function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? Array.from(v) : v)));
}
