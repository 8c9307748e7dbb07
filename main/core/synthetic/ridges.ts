// Ridge pattern synthesis in the manner of SFinGe (Cappelli, Maio & Maltoni):
// start from a few random seeds and repeatedly apply a space-variant Gabor
// filter tuned to the local orientation and period, saturating after each pass.
// Ridges grow out of the seeds along the orientation field; where growth fronts
// meet with a phase mismatch, ridge endings and bifurcations appear naturally.
//
// For speed the growth runs at half resolution (a quarter of the pixels, kernels
// a quarter the size); the grown field is smooth at the ridge scale, so bilinear
// upsampling loses nothing that the binarisation downstream would keep.
import { buildGaborBank, kernelIndex, type GaborBank } from './gabor';
import type { Random } from './prng';

const SEED_AREA = 60; // coarse pixels per seed
const COARSE_PASSES = 12;

interface Grid {
  width: number;
  height: number;
  orientation: Float32Array;
  period: Float32Array;
}

/**
 * Applies the space-variant filter `passes` times to a buffer padded by the bank
 * radius (so taps never leave it); pixels outside `region` become 0.
 */
function filterPasses(
  grid: Grid,
  bank: GaborBank,
  padded: Float32Array,
  passes: number,
  gain: number,
  region: Uint8Array,
): Float32Array {
  const { width, height } = grid;
  const r = bank.radius;
  const stride = width + 2 * r;
  const kernelOf = new Uint16Array(width * height);
  for (let i = 0; i < width * height; i++) kernelOf[i] = kernelIndex(bank, grid.orientation[i]!, grid.period[i]!);
  const { weights } = bank;
  const side = 2 * r + 1;
  const area = side * side;
  let current: Float32Array = padded;
  let next: Float32Array = new Float32Array(padded.length);
  for (let pass = 0; pass < passes; pass++) {
    for (let y = 0; y < height; y++) {
      let p = (y + r) * stride + r;
      let i = y * width;
      for (let x = 0; x < width; x++, p++, i++) {
        if (region[i] === 0) continue;
        // Dense square kernels: row by row, contiguous taps (no offset table).
        let w = kernelOf[i]! * area;
        let row = p - r * stride - r;
        let sum = 0;
        for (let dy = 0; dy < side; dy++, row += stride) {
          for (let dx = 0; dx < side; dx++, w++) sum += weights[w]! * current[row + dx]!;
        }
        const v = gain * sum;
        next[p] = v > 1 ? 1 : v < -1 ? -1 : v;
      }
    }
    [current, next] = [next, current];
  }
  return current;
}

function sampleGrid(grid: Grid, factor: number): Grid {
  const width = Math.ceil(grid.width / factor);
  const height = Math.ceil(grid.height / factor);
  const orientation = new Float32Array(width * height);
  const period = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(grid.height - 1, Math.floor(y * factor + factor / 2));
    for (let x = 0; x < width; x++) {
      const sx = Math.min(grid.width - 1, Math.floor(x * factor + factor / 2));
      orientation[y * width + x] = grid.orientation[sy * grid.width + sx]!;
      period[y * width + x] = grid.period[sy * grid.width + sx]! / factor;
    }
  }
  return { width, height, orientation, period };
}

export interface RidgeSynthesisOptions {
  width: number;
  height: number;
  orientation: Float32Array;
  period: Float32Array;
  minPeriod: number;
  maxPeriod: number;
  /** Where to synthesise (1) — outside stays 0. */
  region: Uint8Array;
  random: Random;
}

function coarseRegion(region: Uint8Array, width: number, height: number, coarse: Grid): Uint8Array {
  const out = new Uint8Array(coarse.width * coarse.height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (region[y * width + x]) out[(y >> 1) * coarse.width + (x >> 1)] = 1;
    }
  }
  return out;
}

/** Ridge field in [-1, 1] (ridges positive) over the whole image, row-major. */
export function synthesiseRidges(o: RidgeSynthesisOptions): Float32Array {
  const full: Grid = { width: o.width, height: o.height, orientation: o.orientation, period: o.period };
  const coarse = sampleGrid(full, 2);

  const coarseRadius = 3;
  const coarseStride = coarse.width + 2 * coarseRadius;
  const coarseBank = buildGaborBank({
    radius: coarseRadius,
    minPeriod: o.minPeriod / 2,
    maxPeriod: o.maxPeriod / 2,
    periodStep: 0.25,
    orientationBins: 24,
    sigmaAlong: 2.4,
    sigmaAcross: 1.8,
  });
  const coarseBuffer = new Float32Array(coarseStride * (coarse.height + 2 * coarseRadius));
  // Random ±1 point seeds. Where fronts grown from different seeds meet out of
  // phase, minutiae form: this density gives the 40-100 of a real fingertip.
  const seeds = Math.max(4, Math.round((coarse.width * coarse.height) / SEED_AREA));
  for (let s = 0; s < seeds; s++) {
    const x = o.random.int(0, coarse.width - 1);
    const y = o.random.int(0, coarse.height - 1);
    coarseBuffer[(y + coarseRadius) * coarseStride + x + coarseRadius] = o.random.next() < 0.5 ? -1 : 1;
  }
  const grown = filterPasses(coarse, coarseBank, coarseBuffer, COARSE_PASSES, 2.2, coarseRegion(o.region, o.width, o.height, coarse));

  // Bilinear upsampling to full resolution.
  const out = new Float32Array(o.width * o.height);
  for (let y = 0; y < o.height; y++) {
    const cy = Math.min(coarse.height - 1, Math.max(0, (y + 0.5) / 2 - 0.5));
    const y0 = Math.floor(cy);
    const y1 = Math.min(coarse.height - 1, y0 + 1);
    const fy = cy - y0;
    const r0 = (y0 + coarseRadius) * coarseStride + coarseRadius;
    const r1 = (y1 + coarseRadius) * coarseStride + coarseRadius;
    for (let x = 0; x < o.width; x++) {
      const cx = Math.min(coarse.width - 1, Math.max(0, (x + 0.5) / 2 - 0.5));
      const x0 = Math.floor(cx);
      const x1 = Math.min(coarse.width - 1, x0 + 1);
      const fx = cx - x0;
      const top = grown[r0 + x0]! * (1 - fx) + grown[r0 + x1]! * fx;
      const bottom = grown[r1 + x0]! * (1 - fx) + grown[r1 + x1]! * fx;
      out[y * o.width + x] = o.region[y * o.width + x] ? top * (1 - fy) + bottom * fy : 0;
    }
  }
  return out;
}
