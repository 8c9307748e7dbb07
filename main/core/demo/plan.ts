// The demo's cast, drawn from one seed: local holdings (synthetic fingers with
// one enrolled impression each) and four foreign requests. Two requests have
// mates among the holdings; the third does not, so the demo shows both a
// likely identification and a no-match; the fourth asks for a purpose the demo
// partner's agreement does not cover, so it is blocked at intake for a
// supervisor to decide. Every print is synthetic: no real person's finger is
// involved anywhere.
import type { AgreementTerms } from '../../../preload/contract/agreements';
import { createRandom } from '../synthetic/prng';
import type { ImpressionOptions, PatternClass } from '../synthetic/types';

/** ANSI/NIST finger positions (FGP) and their names. */
export const fingerNames: Readonly<Record<number, string>> = {
  1: 'R-thumb',
  2: 'R-index',
  3: 'R-middle',
  4: 'R-ring',
  5: 'R-little',
  6: 'L-thumb',
  7: 'L-index',
  8: 'L-middle',
  9: 'L-ring',
  10: 'L-little',
};

export interface DemoFinger {
  /** Master seed: the finger itself. */
  masterSeed: number;
  pattern?: PatternClass;
  fingerPosition: number;
}

export interface DemoHolding extends DemoFinger {
  reference: string;
  impression: ImpressionOptions;
}

export interface DemoQuery extends DemoFinger {
  impression: ImpressionOptions;
}

export interface DemoCase {
  reference: string;
  purposeCode: string;
  queries: DemoQuery[];
  /** What the demo is meant to show, for the summary. */
  expectation: 'mate-in-holdings' | 'no-mate-in-holdings' | 'blocked-at-intake';
}

/**
 * The demo partner's agreement (version 1), written by the demo seed: what it
 * may ask, what may be released to it and with which caveats. It has no partner
 * key: the demo's cases are seeded, not received as packets.
 */
export const DEMO_AGREEMENT: AgreementTerms = {
  purposeCodes: ['CRIM-INV', 'MISSING-PERSON'],
  releasableElements: [
    { element: 'last-name', category: 'Identity' },
    { element: 'first-name', category: 'Identity' },
    { element: 'date-of-birth', category: 'Identity' },
    { element: 'gender', category: 'Identity' },
    { element: 'country-of-birth', category: 'Identity' },
    { element: 'passport-nationality', category: 'Travel document' },
    { element: 'travel-document-number', category: 'Travel document' },
    { element: 'current-immigration-status', category: 'Immigration' },
    { element: 'date-fingerprinted', category: 'Encounter' },
    { element: 'location-fingerprinted', category: 'Encounter' },
  ],
  caveats: [
    'Synthetic demo data: no real person is described.',
    'Released under the demo agreement for the stated purpose only; no onward disclosure without written consent.',
    'Foreign-provided query: its reliability has not been established by the receiving agency.',
  ],
  retention: { deleteQueryPrintsAfterNoMatch: true, deleteQueryPrintsAfterMatch: false, matchedDataRetentionDays: 365 },
  partnerPublicKey: null,
};

export interface DemoPlan {
  holdings: DemoHolding[];
  cases: DemoCase[];
}

const HOLDING_COUNT = 10;
/** Candidates kept per query print. */
export const CANDIDATES_PER_QUERY = 5;

export function demoPlan(seed: number): DemoPlan {
  const random = createRandom(seed);
  const nextSeed = () => random.int(0, 0x7fffffff);
  const fingerOf = (fingerPosition: number, pattern?: PatternClass): DemoFinger =>
    pattern ? { masterSeed: nextSeed(), fingerPosition, pattern } : { masterSeed: nextSeed(), fingerPosition };

  // Enrolled (holdings) impressions are full, upright, well inked.
  const enrolled = (): ImpressionOptions => ({
    seed: nextSeed(),
    rotation: random.uniform(-0.15, 0.15),
    dx: random.uniform(-8, 8),
    dy: random.uniform(-8, 8),
    visibleFraction: random.uniform(0.9, 1),
    pressure: random.uniform(-0.1, 0.2),
    noise: 4,
    blur: 0.6,
    contrast: 0.9,
  });
  // Foreign queries: rotated, partial, noisier, not as well inked.
  const foreign = (visibleFraction: number): ImpressionOptions => ({
    seed: nextSeed(),
    rotation: random.uniform(-0.6, 0.6),
    dx: random.uniform(-25, 25),
    dy: random.uniform(-20, 20),
    visibleFraction,
    distortion: 4,
    pressure: random.uniform(-0.3, 0.4),
    dryness: random.uniform(0.1, 0.35),
    noise: 7,
    blur: 0.9,
    contrast: 0.75,
  });

  const mateA = fingerOf(2, 'right-loop');
  const mateB = fingerOf(3, 'whorl');
  const mateC = fingerOf(7, 'left-loop');
  const unknown = fingerOf(2, 'whorl');
  const others = Array.from({ length: HOLDING_COUNT - 3 }, () => fingerOf(random.int(1, 10)));
  const holdingFingers = [mateA, ...others.slice(0, 3), mateB, ...others.slice(3), mateC];
  const holdings = holdingFingers.map((finger, index) => ({
    ...finger,
    reference: `DEMO-H-${String(index + 1).padStart(4, '0')}`,
    impression: enrolled(),
  }));
  return {
    holdings,
    cases: [
      {
        reference: 'DEMO-001',
        purposeCode: 'CRIM-INV',
        queries: [{ ...mateA, impression: foreign(0.65) }],
        expectation: 'mate-in-holdings',
      },
      {
        reference: 'DEMO-002',
        purposeCode: 'MISSING-PERSON',
        queries: [
          { ...mateB, impression: foreign(0.8) },
          { ...mateC, impression: foreign(0.7) },
        ],
        expectation: 'mate-in-holdings',
      },
      {
        reference: 'DEMO-003',
        purposeCode: 'CRIM-INV',
        queries: [{ ...unknown, impression: foreign(0.75) }],
        expectation: 'no-mate-in-holdings',
      },
      // Drawn last, so the cases above keep the prints they had before this one was added.
      {
        reference: 'DEMO-004',
        purposeCode: 'IMMIGRATION-VETTING',
        queries: [{ ...fingerOf(4), impression: foreign(0.8) }],
        expectation: 'blocked-at-intake',
      },
    ],
  };
}
