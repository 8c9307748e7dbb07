// Shared fixtures of the native matcher tests: synthetic templates made in code
// (random minutiae, rigidly moved copies).
import type { Minutia, Template } from '../../native-matcher';
import { RidgelineError } from '../../main/core/errors';

export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A plausible template: minutiae spread over a 400x440 print at least 12 px apart. */
export function randomTemplate(next: () => number, count = 40): Template {
  const minutiae: Minutia[] = [];
  while (minutiae.length < count) {
    const x = 40 + next() * 320;
    const y = 40 + next() * 360;
    if (minutiae.some((m) => Math.hypot(m.x - x, m.y - y) < 12)) continue;
    minutiae.push({ x, y, direction: next() * 2 * Math.PI, type: next() < 0.5 ? 'ending' : 'bifurcation', quality: 60 + Math.floor(next() * 40) });
  }
  return { width: 400, height: 440, ppi: 500, minutiae };
}

/** The same finger moved on the sensor: rotated about the centre (screen CCW), shifted, lightly jittered. */
export function moved(t: Template, rotation: number, dx: number, dy: number, next: () => number = () => 0.5): Template {
  const cx = t.width / 2;
  const cy = t.height / 2;
  const cos = Math.cos(rotation);
  const sin = Math.sin(rotation);
  return {
    ...t,
    width: t.width + 200,
    height: t.height + 200,
    minutiae: t.minutiae.map((m) => {
      const x = m.x - cx;
      const y = m.y - cy;
      return {
        ...m,
        x: 100 + cx + x * cos + y * sin + dx + (next() - 0.5) * 2,
        y: 100 + cy - x * sin + y * cos + dy + (next() - 0.5) * 2,
        direction: (((m.direction + rotation) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI),
      };
    }),
  };
}

export async function codeOf(promise: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof RidgelineError) return error.code;
    return `untyped: ${String(error)}`;
  }
  return 'no error';
}
