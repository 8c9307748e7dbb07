import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frictionImageRecord, transaction } from '../../../main/formats/ansi-nist/builders';
import type { ReadWarning, TaggedRecord } from '../../../main/formats/ansi-nist/model';
import { readTransaction } from '../../../main/formats/ansi-nist/reader';
import { writeTransaction } from '../../../main/formats/ansi-nist/writer';
import { annotationsFromFeatures, type AnnotationDraft } from '../../../main/formats/efs/annotations';
import { comparisonTransaction, readComparison, type MarkedComparison } from '../../../main/formats/efs/comparison';
import { readType9Features } from '../../../main/formats/efs/type9';

const header = { typeOfTransaction: 'LFFS', date: '20261123', destinationAgency: 'DEST00001', originatingAgency: 'ORIG00001', controlNumber: 'TCN-1' };
const WIDTH = 64;
const HEIGHT = 48;
const TWO_PI = 2 * Math.PI;

const annotationArb: fc.Arbitrary<AnnotationDraft> = fc.record({
  kind: fc.constantFrom('minutia', 'core', 'delta'),
  x: fc.double({ min: 0, max: WIDTH - 1, noNaN: true }),
  y: fc.double({ min: 0, max: HEIGHT - 1, noNaN: true }),
  direction: fc.double({ min: 0, max: TWO_PI - 1e-9, noNaN: true }),
  type: fc.constantFrom('ending', 'bifurcation', 'unknown'),
}).map(({ kind, x, y, direction, type }) => ({
  kind,
  x,
  y,
  direction,
  minutiaType: kind === 'minutia' ? type : null,
  quality: null,
  origin: 'examiner',
  author: 'Ada Examiner',
})) as fc.Arbitrary<AnnotationDraft>;

const imageArb = (latent: boolean) =>
  fc.record({ annotations: fc.array(annotationArb, { maxLength: 12 }), position: fc.integer({ min: 1, max: 10 }), ppi: fc.constantFrom(500, 1000) }).map(({ annotations, position, ppi }) => ({
    pixels: Uint8Array.from({ length: WIDTH * HEIGHT }, (_, i) => (i * 7) & 0xff),
    width: WIDTH,
    height: HEIGHT,
    ppi,
    fingerPosition: position,
    impression: latent ? 4 : 1,
    latent,
    // The reader returns minutiae, then cores, then deltas: order the input the same way.
    annotations: [...annotations].sort((a, b) => ['minutia', 'core', 'delta'].indexOf(a.kind) - ['minutia', 'core', 'delta'].indexOf(b.kind)),
  }));

const comparisonArb: fc.Arbitrary<MarkedComparison> = fc
  .tuple(imageArb(true), imageArb(false), fc.constantFrom('identification', 'exclusion', 'inconclusive', null), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('proposed', 'accepted', 'rejected')), { maxLength: 6 }))
  .map(([query, candidate, determination, rawPairs]) => {
    const count = (image: typeof query) => image.annotations.filter((a) => a.kind === 'minutia').length;
    const pairs = count(query) && count(candidate) ? rawPairs.map(([q, c, status]) => ({ query: q % count(query), candidate: c % count(candidate), status })) : [];
    return { query, candidate, pairs, determination, examiner: { surname: 'Examiner', givenName: 'Ada', affiliation: 'Bureau', dateTime: '20261123120000Z' } } as MarkedComparison;
  });

const angleGap = (a: number, b: number) => {
  const d = Math.abs(a - b) % TWO_PI;
  return Math.min(d, TWO_PI - d);
};

function expectClose(actual: AnnotationDraft[], expected: AnnotationDraft[], ppi: number) {
  expect(actual).toHaveLength(expected.length);
  const pixelTolerance = ppi / 2540 / 2 + 1e-9; // half a 10 µm unit
  actual.forEach((a, i) => {
    const e = expected[i]!;
    expect(a.kind).toBe(e.kind);
    expect(a.minutiaType).toBe(e.minutiaType);
    expect(Math.abs(a.x - e.x)).toBeLessThanOrEqual(pixelTolerance);
    expect(Math.abs(a.y - e.y)).toBeLessThanOrEqual(pixelTolerance);
    expect(angleGap(a.direction!, e.direction!)).toBeLessThanOrEqual((0.5 * Math.PI) / 180 + 1e-9);
  });
}

describe('EFS marked-up comparison round trip', () => {
  it('write then read gives back features, pairs, determination and examiner', () => {
    fc.assert(
      fc.property(comparisonArb, (comparison) => {
        const bytes = writeTransaction(comparisonTransaction(header, comparison));
        const read = readTransaction(bytes);
        expect(read.warnings).toEqual([]);
        const warnings: ReadWarning[] = [];
        const back = readComparison(read.transaction, (w) => warnings.push(w));
        expect(warnings).toEqual([]);
        expectClose(back.query.annotations, comparison.query.annotations, comparison.query.ppi);
        expectClose(back.candidate.annotations, comparison.candidate.annotations, comparison.candidate.ppi);
        expect(back.pairs).toEqual(comparison.pairs);
        expect(back.determination).toBe(comparison.determination);
        expect(back.examiner).toEqual(comparison.examiner);
        expect(back.query.latent).toBe(true);
        expect(back.query.fingerPosition).toBe(comparison.query.fingerPosition);
        expect([...back.candidate.pixels]).toEqual([...comparison.candidate.pixels]);
        expect(back.query.ppi).toBe(comparison.query.ppi);
      }),
      { numRuns: 80 },
    );
  });
});

function type9(fields: Array<[number, string[][]]>): TaggedRecord {
  return { encoding: 'tagged', type: 9, fields: [{ number: 1, subfields: [['0']] }, { number: 2, subfields: [['01']] }, ...fields.map(([number, subfields]) => ({ number, subfields }))] };
}

const image = frictionImageRecord({ idc: 1, recordType: 14, impression: 1, sourceAgency: 'X', captureDate: '20260101', width: 800, height: 768, ppi: 500, compression: 'NONE', positions: [8], data: new Uint8Array(800 * 768) });

describe('Type-9 blocks', () => {
  it('places NIST standard minutiae from the bottom edge and turns their direction to the ISO convention', () => {
    const record = type9([[3, [['1']]], [4, [['S']]], [5, [['AFIS/FBI', 'M']]], [6, [['08']]], [8, [['20472583']]], [10, [['1']]], [11, [['1']]], [12, [['001', '24992578095', '00', 'D', '048,01']]]]);
    const tx = readTransaction(writeTransaction(transaction(header, [record, image]))).transaction;
    const [features] = readType9Features(tx);
    const m = features!.standard!.minutiae[0]!;
    expect(m.x).toBeCloseTo((2499 * 500) / 2540, 6);
    expect(m.y).toBeCloseTo(768 - (2578 * 500) / 2540, 6);
    expect((m.direction * 180) / Math.PI).toBeCloseTo(275, 6);
    expect(m.type).toBe('unknown');
    expect(features!.standard!.cores).toHaveLength(1);
    expect(features!.fingerPositions).toEqual([8]);
  });

  it('reads the INCITS 378 block in pixels and 2-degree units', () => {
    const record = type9([[3, [['4']]], [4, [['U']]], [126, [['27', '513', 'x']]], [128, [['800']]], [129, [['768']]], [130, [['2']]], [131, [['197']]], [132, [['197']]], [134, [['08']]], [136, [['2']]], [137, [['001', '491', '260', '137', '1', '90'], ['002', '10', '20', '0', '2', '40']]], [139, [['402', '259', '0']]], [140, [['500', '401', '10']]]]);
    const [features] = readType9Features(readTransaction(writeTransaction(transaction(header, [record, image]))).transaction);
    const block = features!.incits!;
    expect(block.ppi).toBeCloseTo(500.38, 2);
    expect(block.minutiae[0]).toMatchObject({ x: 491, y: 260, type: 'ending', quality: 90 });
    expect((block.minutiae[0]!.direction * 180) / Math.PI).toBeCloseTo(274, 6);
    expect(block.minutiae[1]!.type).toBe('bifurcation');
    expect(block.deltas[0]!.directions).toHaveLength(1);
    expect(annotationsFromFeatures(block, { origin: 'matcher', author: 'import' })).toHaveLength(4);
  });

  it('skips a malformed EFS minutia with a warning naming the field', () => {
    const record = type9([[3, [['4']]], [4, [['U']]], [300, [['1000', '1000']]], [331, [['100', '200', '90', 'E'], ['1x0', '200', '90', 'E'], ['300', '400', '180', 'Q']]]]);
    const warnings: ReadWarning[] = [];
    const [features] = readType9Features(readTransaction(writeTransaction(transaction(header, [record, image]))).transaction, (w) => warnings.push(w));
    expect(features!.efs!.minutiae).toHaveLength(1);
    expect(warnings.filter((w) => w.field === '9.331')).toHaveLength(2);
  });
});
