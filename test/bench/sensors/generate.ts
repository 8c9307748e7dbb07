// Renders one impression of a sensor profile with the project's synthetic
// generator (main/core/synthetic): the finger is placed and inked at 500 ppi,
// then resampled to the profile's resolution (and, for swipe sensors, with
// the uneven row spacing of an image rebuilt from slices).
import { createRandom, generateMasterFinger, renderImpression, type MasterFinger, type Random } from '../../../main/core/synthetic';
import type { GrayImage } from '../../../preload/shared/fingerprint';
import type { Range, SensorProfile } from './profiles';

/** Seeds derive from the profile's name, so adding a profile leaves the others' images unchanged. */
export function profileSeed(profile: SensorProfile): number {
  let h = 2166136261;
  for (const c of profile.name) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h % 1_000_000;
}

export function masterFor(profile: SensorProfile, finger: number): MasterFinger {
  return generateMasterFinger({ seed: profileSeed(profile) * 100 + finger, ...profile.master });
}

const draw = (random: Random, [min, max]: Range) => random.uniform(min, max);

/**
 * Bilinear resampling of a 500 ppi rendering to `width` x `height`. `rowAt`
 * maps an output row to a (fractional) source row; sensor noise is added after
 * resampling, since a real sensor's noise is at its own pixel scale.
 */
function resample(source: GrayImage, width: number, height: number, rowAt: (y: number) => number, noise: number, random: Random): Uint8Array {
  const out = new Uint8Array(width * height);
  const sx = source.width / width;
  const src = source.pixels;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(source.height - 1.001, Math.max(0, rowAt(y)));
    const y0 = Math.floor(fy);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(source.width - 1.001, Math.max(0, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const wx = fx - x0;
      const i = y0 * source.width + x0;
      const top = src[i]! * (1 - wx) + src[i + 1]! * wx;
      const bottom = src[i + source.width]! * (1 - wx) + src[i + source.width + 1]! * wx;
      const value = top * (1 - wy) + bottom * wy + noise * random.normal();
      out[y * width + x] = value < 0 ? 0 : value > 255 ? 255 : Math.round(value);
    }
  }
  return out;
}

export function renderSensorImpression(profile: SensorProfile, master: MasterFinger, finger: number, impression: number): GrayImage {
  const random = createRandom((profileSeed(profile) * 100 + finger) * 16 + impression);
  const factor = 500 / profile.ppi;
  const width = Math.round(profile.width * factor);
  const height = Math.round(profile.height * factor);
  const noise = draw(random, profile.noise);
  const rendered = renderImpression(master, {
    seed: random.int(0, 0xffffffff),
    width,
    height,
    rotation: (draw(random, profile.rotationDegrees) * Math.PI) / 180,
    dx: draw(random, profile.dx) * factor,
    dy: draw(random, profile.dy) * factor,
    visibleFraction: draw(random, profile.visibleFraction),
    distortion: draw(random, profile.distortion),
    pressure: draw(random, profile.pressure),
    dryness: draw(random, profile.dryness),
    noise,
    blur: draw(random, profile.blur),
    contrast: draw(random, profile.contrast),
  }).image;
  const jitter = profile.sweepSpeedJitter ?? 0;
  if (profile.ppi === 500 && jitter === 0) return { ...rendered, ppi: 500 };
  // Swipe speed: a smooth random walk around 1, normalised so the strip spans the rendering.
  const rows = new Float64Array(profile.height);
  const phase = random.uniform(0, 2 * Math.PI);
  const wavelength = random.uniform(80, 160);
  let position = 0;
  for (let y = 0; y < profile.height; y++) {
    rows[y] = position;
    position += 1 + jitter * Math.sin(phase + (2 * Math.PI * y) / wavelength) + 0.3 * jitter * random.normal();
  }
  const stretch = (height - 1) / Math.max(1, rows[profile.height - 1]!);
  const pixels = resample(rendered, profile.width, profile.height, (y) => rows[y]! * stretch, factor < 1 ? 0.6 * noise : 0, random);
  return { width: profile.width, height: profile.height, pixels, ppi: profile.ppi };
}
