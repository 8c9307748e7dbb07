// The FVC evaluation protocol's comparison pairs (../shared/fpdata/README.md):
// genuine = every pair i<j of one finger's impressions; FVC impostors = first
// impression of finger a against first of finger b, a<b; extended impostors =
// every impression of a against every impression of b, a<b.
import { RidgelineError } from '../errors';

export interface Impression {
  finger: number;
  impression: number;
}

export interface ScorePair<T extends Impression = Impression> {
  a: T;
  b: T;
}

function byFinger<T extends Impression>(impressions: readonly T[]): Map<number, T[]> {
  const fingers = new Map<number, T[]>();
  const seen = new Set<string>();
  for (const item of impressions) {
    const key = `${item.finger}_${item.impression}`;
    if (seen.has(key)) throw new RidgelineError('invalid-argument', `impression ${key} appears twice`);
    seen.add(key);
    const list = fingers.get(item.finger) ?? [];
    list.push(item);
    fingers.set(item.finger, list);
  }
  for (const list of fingers.values()) list.sort((x, y) => x.impression - y.impression);
  return new Map([...fingers.entries()].sort(([x], [y]) => x - y));
}

export function genuinePairs<T extends Impression>(impressions: readonly T[]): ScorePair<T>[] {
  const pairs: ScorePair<T>[] = [];
  for (const list of byFinger(impressions).values()) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) pairs.push({ a: list[i]!, b: list[j]! });
  }
  return pairs;
}

/** FVC impostors: each finger's first impression (lowest number) against every later finger's. */
export function fvcImpostorPairs<T extends Impression>(impressions: readonly T[]): ScorePair<T>[] {
  const firsts = [...byFinger(impressions).values()].map((list) => list[0]!);
  const pairs: ScorePair<T>[] = [];
  for (let i = 0; i < firsts.length; i++) for (let j = i + 1; j < firsts.length; j++) pairs.push({ a: firsts[i]!, b: firsts[j]! });
  return pairs;
}

export function extendedImpostorPairs<T extends Impression>(impressions: readonly T[]): ScorePair<T>[] {
  const fingers = [...byFinger(impressions).values()];
  const pairs: ScorePair<T>[] = [];
  for (let f = 0; f < fingers.length; f++) {
    for (let g = f + 1; g < fingers.length; g++) {
      for (const a of fingers[f]!) for (const b of fingers[g]!) pairs.push({ a, b });
    }
  }
  return pairs;
}
