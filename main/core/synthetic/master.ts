// A master finger: the clean ridge pattern of one synthetic finger and its
// ground truth (minutiae, cores, deltas). Impressions are rendered from it.
import type { GrayImage } from '../../../preload/shared/fingerprint';
import { RidgelineError } from '../errors';
import { MAX_PERIOD, MIN_PERIOD, periodField } from './frequency';
import { ridgeBinary, ridgeProfile } from './binary';
import { detectMinutiae } from './minutiae';
import { orientationField } from './orientation';
import { drawPatternClass, placeSingularPoints } from './patterns';
import { createRandom } from './prng';
import { synthesiseRidges } from './ridges';
import { fingertipShape } from './shape';
import { skinTexture } from './texture';
import { patternClasses, type MasterFinger, type MasterOptions, type SingularPoint } from './types';

export const DEFAULT_MASTER_WIDTH = 400;
export const DEFAULT_MASTER_HEIGHT = 440;
const MIN_SIDE = 160;
const MAX_SIDE = 2000;

function checkSide(name: string, value: number): number {
  if (!Number.isInteger(value) || value < MIN_SIDE || value > MAX_SIDE) {
    throw new RidgelineError('invalid-argument', `${name} must be an integer from ${MIN_SIDE} to ${MAX_SIDE} pixels`, { [name]: value });
  }
  return value;
}

/** Clean rendering: dark ridges on a light background, soft ridge edges. */
export function renderClean(ridges: Float32Array, mask: Uint8Array, width: number, height: number): GrayImage {
  const pixels = new Uint8Array(width * height);
  // The profile is in [-1, 1]: a 256-entry table replaces a tanh per pixel.
  const table = new Uint8Array(256);
  for (let k = 0; k < 256; k++) table[k] = Math.round(140 - 110 * Math.tanh(2 * ((k / 255) * 2 - 1)));
  for (let i = 0; i < pixels.length; i++) {
    pixels[i] = mask[i] ? table[Math.round((ridges[i]! + 1) * 127.5)]! : 245;
  }
  return { width, height, pixels, ppi: 500 };
}

/** Direction of a core: from the core into the loop's open side, i.e. along its ridge legs. */
function coreDirection(orientation: Float32Array, width: number, height: number, core: SingularPoint): number | undefined {
  // Sample a ring around the core; the leg direction is where the ridge runs radially.
  let best: number | undefined;
  let bestScore = Infinity;
  for (let k = 0; k < 72; k++) {
    const a = (k / 72) * 2 * Math.PI;
    const x = Math.round(core.x + 12 * Math.cos(a));
    const y = Math.round(core.y - 12 * Math.sin(a));
    if (x < 0 || y < 0 || x >= width || y >= height) continue;
    const d = Math.abs(Math.sin(orientation[y * width + x]! - a)); // 0 where ridge is radial
    if (d < bestScore) {
      bestScore = d;
      best = a;
    }
  }
  return best;
}

export function generateMasterFinger(options: MasterOptions): MasterFinger {
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
    throw new RidgelineError('invalid-argument', 'seed must be an integer from 0 to 2^32 - 1', { seed: options.seed });
  }
  if (options.pattern !== undefined && !patternClasses.includes(options.pattern)) {
    throw new RidgelineError('invalid-argument', `Unknown pattern class ${String(options.pattern)}`);
  }
  const width = checkSide('width', options.width ?? DEFAULT_MASTER_WIDTH);
  const height = checkSide('height', options.height ?? DEFAULT_MASTER_HEIGHT);
  // Independent streams per stage, so changing one stage leaves the others' draws intact.
  const root = createRandom(options.seed);
  const pattern = options.pattern ?? drawPatternClass(root.fork());
  const layoutRandom = root.fork();
  const orientationRandom = root.fork();
  const periodRandom = root.fork();
  const shapeRandom = root.fork();
  const ridgeRandom = root.fork();

  const layout = placeSingularPoints(pattern, width, height, layoutRandom);
  const orientation = orientationField(pattern, layout, width, height, orientationRandom);
  const period = periodField(width, height, periodRandom);
  const { mask, region } = fingertipShape(width, height, shapeRandom);
  const field = synthesiseRidges({
    width,
    height,
    orientation,
    period,
    minPeriod: MIN_PERIOD,
    maxPeriod: MAX_PERIOD,
    region,
    random: ridgeRandom,
  });
  const binary = ridgeBinary(field, mask, width, height);
  const ridges = ridgeProfile(binary, mask, width, height);
  const minutiae = detectMinutiae({ width, height, binary, mask, orientation });
  const inMask = (p: { x: number; y: number }) => mask[Math.round(p.y) * width + Math.round(p.x)] === 1;
  const cores = layout.cores.filter(inMask).map((core) => {
    const direction = coreDirection(orientation, width, height, core);
    return direction === undefined ? { ...core } : { ...core, direction };
  });
  const deltas = layout.deltas.filter(inMask).map((delta) => ({ ...delta }));
  return {
    seed: options.seed,
    pattern,
    width,
    height,
    ridges,
    mask,
    skin: skinTexture(options.seed, width, height),
    orientation,
    image: renderClean(ridges, mask, width, height),
    minutiae,
    cores,
    deltas,
  };
}
