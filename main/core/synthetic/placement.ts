// Where a master finger lands on the sensor in one impression: a rigid motion
// (rotation about the master's centre, then translation) plus a small, smooth
// elastic displacement that grows away from the contact centre, as skin pressed
// on glass does. The forward map (master → impression) transforms ground
// truth; rendering needs the inverse, which is solved by fixed-point iteration
// on a coarse grid and interpolated in between.
import { smoothField } from './field';
import type { Random } from './prng';
import type { Point } from './types';

export interface Placement {
  /** Master pixel → impression pixel. */
  forward(x: number, y: number): Point;
  /** Impression pixel → master pixel, for every output pixel: [mx0, my0, mx1, my1, ...]. */
  inverseMap(): Float32Array;
  /** A screen-CCW direction at master point (x, y) as seen in the impression. */
  direction(x: number, y: number, angle: number): number;
}

export interface PlacementOptions {
  masterWidth: number;
  masterHeight: number;
  width: number;
  height: number;
  rotation: number;
  dx: number;
  dy: number;
  /** Peak elastic displacement, px. */
  distortion: number;
  random: Random;
}

const GRID_STEP = 8;
const TWO_PI = 2 * Math.PI;

export function createPlacement(o: PlacementOptions): Placement {
  const mcx = o.masterWidth / 2;
  const mcy = o.masterHeight / 2;
  const ocx = o.width / 2 + o.dx;
  const ocy = o.height / 2 + o.dy;
  // Screen-CCW rotation in y-down coordinates: (x, y) → (x cos a + y sin a, −x sin a + y cos a).
  const cos = Math.cos(o.rotation);
  const sin = Math.sin(o.rotation);
  const fieldX = smoothField(o.random, Math.max(o.masterWidth, o.masterHeight) * 0.9, 3);
  const fieldY = smoothField(o.random, Math.max(o.masterWidth, o.masterHeight) * 0.9, 3);
  const contactX = mcx + o.random.uniform(-0.1, 0.1) * o.masterWidth;
  const contactY = mcy + o.random.uniform(-0.1, 0.1) * o.masterHeight;
  const reach = 0.4 * Math.min(o.masterWidth, o.masterHeight);

  /** Elastic displacement in master coordinates: none at the contact centre, full beyond `reach`. */
  const displacement = (x: number, y: number): Point => {
    const w = Math.min(1, Math.hypot(x - contactX, y - contactY) / reach);
    const a = o.distortion * w;
    return { x: a * fieldX.at(x, y), y: a * fieldY.at(x, y) };
  };

  const forward = (x: number, y: number): Point => {
    const d = displacement(x, y);
    const u = x + d.x - mcx;
    const v = y + d.y - mcy;
    return { x: ocx + u * cos + v * sin, y: ocy - u * sin + v * cos };
  };

  const inverse = (px: number, py: number): Point => {
    // Undo the rigid motion, then solve m + d(m) = q by fixed-point iteration
    // (d is smooth and small, so three steps converge to well under a pixel).
    const u = px - ocx;
    const v = py - ocy;
    const qx = mcx + u * cos - v * sin;
    const qy = mcy + u * sin + v * cos;
    let mx = qx;
    let my = qy;
    for (let k = 0; k < 3; k++) {
      const d = displacement(mx, my);
      mx = qx - d.x;
      my = qy - d.y;
    }
    return { x: mx, y: my };
  };

  return {
    forward,
    direction(x, y, angle) {
      const step = 2;
      const a = forward(x, y);
      const b = forward(x + step * Math.cos(angle), y - step * Math.sin(angle));
      return ((Math.atan2(-(b.y - a.y), b.x - a.x) % TWO_PI) + TWO_PI) % TWO_PI;
    },
    inverseMap() {
      const gw = Math.ceil(o.width / GRID_STEP) + 1;
      const gh = Math.ceil(o.height / GRID_STEP) + 1;
      const grid = new Float64Array(gw * gh * 2);
      for (let gy = 0; gy < gh; gy++) {
        for (let gx = 0; gx < gw; gx++) {
          const m = inverse(gx * GRID_STEP, gy * GRID_STEP);
          grid[(gy * gw + gx) * 2] = m.x;
          grid[(gy * gw + gx) * 2 + 1] = m.y;
        }
      }
      const map = new Float32Array(o.width * o.height * 2);
      for (let y = 0; y < o.height; y++) {
        const gy = Math.floor(y / GRID_STEP);
        const fy = y / GRID_STEP - gy;
        for (let x = 0; x < o.width; x++) {
          const gx = Math.floor(x / GRID_STEP);
          const fx = x / GRID_STEP - gx;
          const i00 = (gy * gw + gx) * 2;
          const i10 = i00 + 2;
          const i01 = i00 + gw * 2;
          const i11 = i01 + 2;
          const w00 = (1 - fx) * (1 - fy);
          const w10 = fx * (1 - fy);
          const w01 = (1 - fx) * fy;
          const w11 = fx * fy;
          const out = (y * o.width + x) * 2;
          map[out] = grid[i00]! * w00 + grid[i10]! * w10 + grid[i01]! * w01 + grid[i11]! * w11;
          map[out + 1] = grid[i00 + 1]! * w00 + grid[i10 + 1]! * w10 + grid[i01 + 1]! * w01 + grid[i11 + 1]! * w11;
        }
      }
      return map;
    },
  };
}
