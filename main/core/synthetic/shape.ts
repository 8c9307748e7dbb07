// The fingertip outline: a superellipse (flatter sides than an ellipse:
// fingertips are rounded boxes) whose radius wobbles a little, cut off by the
// image's lower edge as on a flat scanner. Filled row by row from the
// analytic boundary, so the cost is a few operations per row.
import { smoothField } from './field';
import type { Random } from './prng';

export interface FingertipShape {
  /** 1 inside the fingertip. */
  mask: Uint8Array;
  /** The mask grown by a margin: where ridges are synthesised, so they run cleanly up to the outline. */
  region: Uint8Array;
}

const EXPONENT = 2.4;
const REGION_GROWTH = 1.2;

export function fingertipShape(width: number, height: number, random: Random): FingertipShape {
  const mask = new Uint8Array(width * height);
  const region = new Uint8Array(width * height);
  const cx = width / 2 + random.uniform(-0.03, 0.03) * width;
  const cy = height * random.uniform(0.54, 0.6);
  const rx = width * random.uniform(0.4, 0.46);
  const ry = height * random.uniform(0.44, 0.5);
  const wobble = smoothField(random, Math.min(width, height) * 0.5, 3);
  const fill = (target: Uint8Array, y: number, growth: number) => {
    const v = Math.abs((y - cy) / (ry * growth));
    if (v >= 1) return;
    const half = rx * growth * Math.pow(1 - Math.pow(v, EXPONENT), 1 / EXPONENT);
    // The outline wobbles by a few percent, evaluated where it crosses this row.
    const left = cx - half * (1 + 0.025 * wobble.at(cx - half, y));
    const right = cx + half * (1 + 0.025 * wobble.at(cx + half, y));
    const from = Math.max(0, Math.ceil(left));
    const to = Math.min(width - 1, Math.floor(right));
    if (to >= from) target.fill(1, y * width + from, y * width + to + 1);
  };
  for (let y = 0; y < height; y++) {
    fill(mask, y, 1);
    fill(region, y, REGION_GROWTH);
  }
  return { mask, region };
}
