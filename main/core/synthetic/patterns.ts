// Where a pattern class puts its cores and deltas. Positions are jittered by the
// seed around typical places on a 500 ppi fingertip (core a little above the
// centre, deltas 90-160 px below and to the side), scaled to the image size.
import type { Random } from './prng';
import type { PatternClass, Point } from './types';

export interface SingularLayout {
  cores: Point[];
  deltas: Point[];
}

/** Approximate class frequencies in ten-print populations (loops dominate). */
const classWeights: readonly [PatternClass, number][] = [
  ['right-loop', 0.33],
  ['left-loop', 0.32],
  ['whorl', 0.27],
  ['arch', 0.04],
  ['tented-arch', 0.04],
];

export function drawPatternClass(random: Random): PatternClass {
  let u = random.next();
  for (const [pattern, weight] of classWeights) {
    if ((u -= weight) < 0) return pattern;
  }
  return 'right-loop';
}

export function placeSingularPoints(pattern: PatternClass, width: number, height: number, random: Random): SingularLayout {
  const s = Math.min(width, height) / 400; // layouts were tuned on 400 px fingertips
  const cx = width / 2 + random.uniform(-20, 20) * s;
  const cy = height * random.uniform(0.4, 0.48);
  switch (pattern) {
    case 'arch':
      return { cores: [], deltas: [] };
    case 'tented-arch': {
      const gap = random.uniform(45, 70) * s;
      return { cores: [{ x: cx, y: cy }], deltas: [{ x: cx + random.uniform(-6, 6) * s, y: cy + gap }] };
    }
    case 'left-loop':
    case 'right-loop': {
      // A left loop opens to the left (as seen), so its delta lies to the right.
      const side = pattern === 'left-loop' ? 1 : -1;
      const core = { x: cx - side * random.uniform(5, 25) * s, y: cy };
      const delta = { x: core.x + side * random.uniform(80, 120) * s, y: core.y + random.uniform(90, 130) * s };
      return { cores: [core], deltas: [delta] };
    }
    case 'whorl': {
      const tilt = random.uniform(-0.5, 0.5);
      const half = random.uniform(12, 24) * s;
      const cores = [
        { x: cx - half * Math.sin(tilt), y: cy - half * Math.cos(tilt) },
        { x: cx + half * Math.sin(tilt), y: cy + half * Math.cos(tilt) },
      ];
      const dy = random.uniform(95, 130) * s;
      const deltas = [
        { x: cx - random.uniform(95, 130) * s, y: cy + dy + random.uniform(-15, 15) * s },
        { x: cx + random.uniform(95, 130) * s, y: cy + dy + random.uniform(-15, 15) * s },
      ];
      return { cores, deltas };
    }
  }
}
