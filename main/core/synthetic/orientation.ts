// Ridge orientation field. Loops, whorls and tented arches use the zero-pole
// model of Sherlock & Monro (1993): the orientation at z is
//   θ(z) = θ∞ + ½ Σ arg(z − core) − ½ Σ arg(z − delta),
// which gives each core index +½ and each delta −½, as in real prints. Plain
// arches have no singular point, so they get an analytic field of ridges that
// bulge upwards in the middle. Angles are screen CCW (arg uses y up), mod π.
import type { Random } from './prng';
import type { PatternClass, Point } from './types';
import type { SingularLayout } from './patterns';

const screenArg = (x: number, y: number, p: Point) => Math.atan2(p.y - y, x - p.x);

function wrapHalfTurn(angle: number): number {
  const a = angle % Math.PI;
  return a < 0 ? a + Math.PI : a;
}

export function orientationField(
  pattern: PatternClass,
  layout: SingularLayout,
  width: number,
  height: number,
  random: Random,
): Float32Array {
  const field = new Float32Array(width * height);
  if (pattern === 'arch') {
    // Ridge y(x) = y0 − h·exp(−(x−cx)²/2s²); its screen angle is −atan(dy/dx).
    const cx = width / 2 + random.uniform(-25, 25);
    const s = width * random.uniform(0.16, 0.22);
    const peakY = height * random.uniform(0.45, 0.6);
    const hMax = random.uniform(1.2, 2);
    for (let y = 0; y < height; y++) {
      const h = hMax * Math.exp(-(((y - peakY) / (height * 0.35)) ** 2));
      for (let x = 0; x < width; x++) {
        const u = (x - cx) / s;
        const slope = h * u * Math.exp(-0.5 * u * u);
        field[y * width + x] = wrapHalfTurn(-Math.atan(slope));
      }
    }
    return field;
  }
  const theta0 = random.uniform(-0.08, 0.08);
  // With one core and one delta the zero-pole loop's legs point at the delta;
  // in real loops they slope away from it. A smooth twist centred on the core
  // (rotating the legs by 2β) corrects that without moving any singular point.
  const core = layout.cores[0];
  const twist = pattern === 'left-loop' ? -random.uniform(0.12, 0.3) : pattern === 'right-loop' ? random.uniform(0.12, 0.3) : 0;
  const reach = 2 * (Math.min(width, height) * 0.3) ** 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let angle = theta0;
      if (twist !== 0 && core) angle += twist * Math.exp(-((x - core.x) ** 2 + (y - core.y) ** 2) / reach);
      for (const core of layout.cores) angle += 0.5 * screenArg(x, y, core);
      for (const delta of layout.deltas) angle -= 0.5 * screenArg(x, y, delta);
      field[y * width + x] = wrapHalfTurn(angle);
    }
  }
  return field;
}
