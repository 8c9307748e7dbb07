// Ground-truth minutiae of the master's binary ridge image: thin it and read the
// crossing number (1 = ridge ending, 3 = bifurcation). Spurious detections are
// dropped: near the outline and in clusters (tiny breaks, bridges, islands,
// where no examiner would mark a reliable minutia). Directions follow types.ts:
// an ending points into its ridge; a bifurcation points between its branches.
import type { Minutia } from '../../../preload/shared/fingerprint';
import { distanceInside } from './distance';
import { crossingNumber, ringOffsets, thin } from './skeleton';

export interface DetectOptions {
  width: number;
  height: number;
  /** 1 = ridge (see binary.ts). */
  binary: Uint8Array;
  mask: Uint8Array;
  orientation: Float32Array;
  /** Minimum distance from the outline, px. */
  borderMargin?: number;
  /** Two minutiae closer than this are both dropped, px. */
  clusterDistance?: number;
}

const TRACE_STEPS = 10;
const TWO_PI = 2 * Math.PI;

const wrap = (a: number) => ((a % TWO_PI) + TWO_PI) % TWO_PI;
const angleDiff = (a: number, b: number) => {
  const d = Math.abs(wrap(a) - wrap(b));
  return Math.min(d, TWO_PI - d);
};

/**
 * Follows a skeleton branch from `first` (a neighbour of the minutia); returns
 * the pixel reached. `blocked` holds the minutia and the other branches' first
 * pixels, so a trace cannot slip into a sibling branch at a fork.
 */
function trace(skeleton: Uint8Array, width: number, first: number, blocked: readonly number[], ring: readonly number[]): number {
  const seen = new Set<number>([...blocked, first]);
  let at = first;
  for (let step = 1; step < TRACE_STEPS; step++) {
    let next = -1;
    for (const off of ring) {
      const j = at + off;
      if (skeleton[j] === 1 && !seen.has(j)) {
        next = j;
        // Prefer 4-connected steps: they hug the branch instead of cutting corners into another one.
        if (Math.abs(off) === 1 || Math.abs(off) === width) break;
      }
    }
    if (next < 0) break;
    seen.add(next);
    at = next;
  }
  return at;
}

/** Skeleton pixels that start each branch leaving pixel i (one per run of set neighbours). */
function branchStarts(skeleton: Uint8Array, i: number, ring: readonly number[]): number[] {
  const starts: number[] = [];
  for (let k = 0; k < 8; k++) {
    const here = skeleton[i + ring[k]!]!;
    const before = skeleton[i + ring[(k + 7) % 8]!]!;
    if (here === 1 && before === 0) {
      // Within a run, take its 4-connected pixel if it has one (even ring index).
      let pick = i + ring[k]!;
      for (let m = k; skeleton[i + ring[m % 8]!] === 1 && m < k + 8; m++) {
        if (m % 2 === 0) {
          pick = i + ring[m % 8]!;
          break;
        }
      }
      starts.push(pick);
    }
  }
  return starts;
}

/**
 * Angular centres (screen CCW) of the ridge arcs a circle of radius r around
 * (x, y) crosses in the binary image. At a clean fork there are three: the
 * merged ridge and the two branches.
 */
function ridgeArcs(binary: Uint8Array, width: number, height: number, x: number, y: number, r: number): number[] {
  const samples = 64;
  const on: boolean[] = [];
  for (let s = 0; s < samples; s++) {
    const a = (s / samples) * TWO_PI;
    const px = Math.round(x + r * Math.cos(a));
    const py = Math.round(y - r * Math.sin(a));
    on.push(px >= 0 && py >= 0 && px < width && py < height && binary[py * width + px] === 1);
  }
  const first = on.indexOf(false);
  if (first < 0) return [];
  const centres: number[] = [];
  for (let k = 1; k <= samples; k++) {
    const s = (first + k) % samples;
    if (!on[s] || on[(s + samples - 1) % samples]) continue;
    let length = 0;
    while (on[(s + length) % samples]) length++;
    centres.push(wrap(((s + (length - 1) / 2) / samples) * TWO_PI));
  }
  return centres;
}

/** Of three directions, the one farthest in angle from both others (the merged ridge at a fork). */
function loneDirection(angles: readonly number[]): number {
  const spread = angles.map((a, k) => Math.min(...angles.filter((_, m) => m !== k).map((b) => angleDiff(a, b))));
  return angles[spread.indexOf(Math.max(...spread))]!;
}

function screenAngle(width: number, from: number, to: number): number {
  const dx = (to % width) - (from % width);
  const dy = Math.floor(to / width) - Math.floor(from / width);
  return wrap(Math.atan2(-dy, dx));
}

/** Snaps a traced direction onto the (smoother) orientation field when they agree. */
function refine(traced: number, orientation: number): number {
  const a = wrap(orientation);
  const b = wrap(orientation + Math.PI);
  const best = angleDiff(traced, a) <= angleDiff(traced, b) ? a : b;
  return angleDiff(traced, best) < Math.PI / 4 ? best : traced;
}

export function detectMinutiae(o: DetectOptions): Minutia[] {
  const { width, height, binary, mask } = o;
  const borderMargin = o.borderMargin ?? 14;
  const clusterDistance = o.clusterDistance ?? 9;
  const skeleton = thin(binary, width, height);
  const inside = distanceInside(mask, width, height);
  const ring = ringOffsets(width);

  const found: { i: number; type: 'ending' | 'bifurcation' }[] = [];
  for (let y = 2; y < height - 2; y++) {
    for (let x = 2; x < width - 2; x++) {
      const i = y * width + x;
      if (skeleton[i] === 0 || inside[i]! < borderMargin) continue;
      const cn = crossingNumber(skeleton, i, ring);
      if (cn === 1) found.push({ i, type: 'ending' });
      else if (cn === 3) found.push({ i, type: 'bifurcation' });
    }
  }

  // Clusters are skeleton artefacts (bridges, spurs, short breaks): drop every member.
  const limit = clusterDistance * clusterDistance;
  const crowded = new Uint8Array(found.length);
  for (let a = 0; a < found.length; a++) {
    for (let b = a + 1; b < found.length; b++) {
      const ia = found[a]!.i;
      const ib = found[b]!.i;
      const dx = (ia % width) - (ib % width);
      const dy = Math.floor(ia / width) - Math.floor(ib / width);
      if (dx * dx + dy * dy < limit) crowded[a] = crowded[b] = 1;
    }
  }

  const minutiae: Minutia[] = [];
  found.forEach((candidate, n) => {
    if (crowded[n]) return;
    const { i, type } = candidate;
    const x = i % width;
    const y = Math.floor(i / width);
    const starts = branchStarts(skeleton, i, ring);
    const blocked = [i, ...ring.map((off) => i + off)];
    const angles = starts.map((start) => screenAngle(width, i, trace(skeleton, width, start, blocked, ring)));
    let direction: number;
    if (type === 'ending') {
      if (angles.length !== 1) return;
      direction = angles[0]!;
    } else {
      if (angles.length !== 3) return;
      // The merged ridge is the branch farthest in angle from both others. The
      // ridge arcs on a circle around the fork say so more robustly than short
      // skeleton traces (which wander on thick ridges); traces are the fallback.
      const arcs = [7, 6, 8].map((r) => ridgeArcs(binary, width, height, x, y, r)).find((found) => found.length === 3);
      // Pointing between the branches is pointing away from the merged ridge.
      direction = wrap(loneDirection(arcs ?? angles) + Math.PI);
    }
    minutiae.push({ x, y, direction: refine(direction, o.orientation[i]!), type, quality: 100 });
  });
  return minutiae;
}
