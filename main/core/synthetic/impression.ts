// One impression of a master finger: placed on the sensor (rotation,
// translation, elastic distortion), partly in contact, inked according to
// pressure and skin dryness, then blurred, contrast-scaled and noised. The
// ground truth goes through the same forward map; minutiae that fall outside
// the visible area (with a margin) are dropped.
import type { RoiMask } from '../../../native-matcher/lib/types';
import type { GrayImage, Minutia } from '../../../preload/shared/fingerprint';
import { RidgelineError } from '../errors';
import { contactArea } from './contact';
import { distanceInside } from './distance';
import { gaussianBlur } from './filters';
import { latticeNoise } from './noise';
import { createPlacement } from './placement';
import { createRandom } from './prng';
import type { Impression, ImpressionOptions, MasterFinger, SingularPoint } from './types';

/** Minutiae closer than this to the edge of the visible area are not ground truth. */
export const VISIBLE_MARGIN = 10;
const ROI_BLOCK = 16;
/** Ridges fade out over this many pixels towards the edge of the contact area. */
const EDGE_FADE = 12;

interface Settings {
  width: number;
  height: number;
  rotation: number;
  dx: number;
  dy: number;
  visibleFraction: number;
  distortion: number;
  pressure: number;
  dryness: number;
  noise: number;
  blur: number;
  contrast: number;
}

function settle(master: MasterFinger, o: ImpressionOptions): Settings {
  const bad = (message: string, details: Record<string, unknown>) => new RidgelineError('invalid-argument', message, details);
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) throw bad('seed must be an integer from 0 to 2^32 - 1', { seed: o.seed });
  const s: Settings = {
    width: o.width ?? master.width,
    height: o.height ?? master.height,
    rotation: o.rotation ?? 0,
    dx: o.dx ?? 0,
    dy: o.dy ?? 0,
    visibleFraction: o.visibleFraction ?? 1,
    distortion: o.distortion ?? 3,
    pressure: o.pressure ?? 0,
    dryness: o.dryness ?? 0,
    noise: o.noise ?? 4,
    blur: o.blur ?? 0.6,
    contrast: o.contrast ?? 0.9,
  };
  const ranges: [keyof Settings, number, number][] = [
    ['width', 64, 4000],
    ['height', 64, 4000],
    ['visibleFraction', 0.05, 1],
    ['distortion', 0, 20],
    ['pressure', -1, 1],
    ['dryness', 0, 1],
    ['noise', 0, 100],
    ['blur', 0, 10],
    ['contrast', 0.05, 1],
  ];
  for (const [name, min, max] of ranges) {
    const value = s[name];
    if (!Number.isFinite(value) || value < min || value > max) throw bad(`${name} must be between ${min} and ${max}`, { [name]: value });
  }
  if (!Number.isInteger(s.width) || !Number.isInteger(s.height)) throw bad('width and height must be integers', { width: s.width, height: s.height });
  for (const name of ['rotation', 'dx', 'dy'] as const) {
    if (!Number.isFinite(s[name])) throw bad(`${name} must be a finite number`, { [name]: s[name] });
  }
  return s;
}

function roiOf(visible: Uint8Array, width: number, height: number): RoiMask {
  const columns = Math.ceil(width / ROI_BLOCK);
  const rows = Math.ceil(height / ROI_BLOCK);
  const counts = new Uint16Array(columns * rows);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) if (visible[y * width + x]) counts[Math.floor(y / ROI_BLOCK) * columns + Math.floor(x / ROI_BLOCK)]!++;
  }
  const foreground = new Uint8Array(columns * rows);
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < columns; bx++) {
      const area = (Math.min(height, (by + 1) * ROI_BLOCK) - by * ROI_BLOCK) * (Math.min(width, (bx + 1) * ROI_BLOCK) - bx * ROI_BLOCK);
      foreground[by * columns + bx] = counts[by * columns + bx]! * 2 >= area ? 1 : 0;
    }
  }
  return { blockSize: ROI_BLOCK, columns, rows, foreground };
}

export function renderImpression(master: MasterFinger, options: ImpressionOptions): Impression {
  const s = settle(master, options);
  const root = createRandom(options.seed);
  const placementRandom = root.fork();
  const contactRandom = root.fork();
  const drynessRandom = root.fork();
  const noiseRandom = root.fork();
  const toneRandom = root.fork();

  const { width, height } = s;
  const mw = master.width;
  const mh = master.height;
  const placement = createPlacement({
    masterWidth: mw,
    masterHeight: mh,
    width,
    height,
    rotation: s.rotation,
    dx: s.dx,
    dy: s.dy,
    distortion: s.distortion,
    random: placementRandom,
  });
  const contact = contactArea(master.mask, mw, mh, s.visibleFraction, contactRandom);
  const map = placement.inverseMap();

  // Sample the master's ridge profile (bilinear) and contact area (nearest) at every output pixel.
  const profile = new Float32Array(width * height);
  const texture = new Float32Array(width * height);
  const skin = master.skin;
  const visible = new Uint8Array(width * height);
  const ridges = master.ridges;
  for (let i = 0, n = width * height; i < n; i++) {
    const mx = map[2 * i]!;
    const my = map[2 * i + 1]!;
    if (mx < 0 || my < 0 || mx > mw - 1 || my > mh - 1) continue;
    const xi = Math.round(mx);
    const yi = Math.round(my);
    if (contact[yi * mw + xi] === 0) continue;
    visible[i] = 1;
    const x0 = Math.min(mw - 2, Math.floor(mx));
    const y0 = Math.min(mh - 2, Math.floor(my));
    const fx = mx - x0;
    const fy = my - y0;
    const j = y0 * mw + x0;
    profile[i] =
      (ridges[j]! * (1 - fx) + ridges[j + 1]! * fx) * (1 - fy) + (ridges[j + mw]! * (1 - fx) + ridges[j + mw + 1]! * fx) * fy;
    texture[i] = skin[yi * mw + xi]!;
  }

  // Ink: heavy pressure lowers the threshold (thicker ridges), light pressure raises it.
  const threshold = -0.45 * s.pressure;
  const inkTable = new Float32Array(257);
  for (let k = 0; k <= 256; k++) inkTable[k] = 0.5 + 0.5 * Math.tanh(4 * ((k / 128 - 1) - threshold));
  const edge = distanceInside(visible, width, height);
  const blotches = s.dryness > 0 ? latticeNoise(width, height, 7, drynessRandom) : null;
  const stains = latticeNoise(width, height, 40, toneRandom);
  const background = 238 + toneRandom.uniform(-8, 8);
  const depth = 225 * s.contrast;
  const gray = new Float32Array(width * height);
  for (let i = 0; i < gray.length; i++) {
    if (!visible[i]) {
      gray[i] = background;
      continue;
    }
    let ink = inkTable[Math.round((profile[i]! + 1) * 128)]! * texture[i]!;
    // Less ink towards the contact edge, and unevenly over the whole print.
    ink *= Math.min(1, edge[i]! / EDGE_FADE) * (0.85 + 0.15 * stains[i]!);
    if (blotches) {
      // Dry skin leaves white gaps in the ridges where the blotch noise is high.
      const gap = Math.max(0, Math.min(1, (blotches[i]! - (1 - s.dryness * 0.7)) * 6));
      ink *= 1 - gap;
    }
    gray[i] = background - depth * ink;
  }
  const blurred = gaussianBlur(gray, width, height, s.blur);
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i += 2) {
    // Box–Muller gives two independent deviates per draw: use both.
    const radius = s.noise * Math.sqrt(-2 * Math.log(1 - noiseRandom.next()));
    const angle = 2 * Math.PI * noiseRandom.next();
    const a = blurred[i]! + radius * Math.cos(angle);
    pixels[i] = a < 0 ? 0 : a > 255 ? 255 : Math.round(a);
    if (i + 1 < pixels.length) {
      const b = blurred[i + 1]! + radius * Math.sin(angle);
      pixels[i + 1] = b < 0 ? 0 : b > 255 ? 255 : Math.round(b);
    }
  }
  const image: GrayImage = { width, height, pixels, ppi: master.image.ppi };

  // Ground truth through the same forward map.
  const visibleAt = (x: number, y: number, margin: number) => {
    const xi = Math.round(x);
    const yi = Math.round(y);
    return xi >= 0 && yi >= 0 && xi < width && yi < height && edge[yi * width + xi]! >= margin;
  };
  const minutiae: Minutia[] = [];
  const masterIndex: number[] = [];
  master.minutiae.forEach((m, index) => {
    const p = placement.forward(m.x, m.y);
    if (!visibleAt(p.x, p.y, VISIBLE_MARGIN)) return;
    // Quality falls towards the contact edge (fading ink) and with dry skin.
    const fade = Math.min(1, edge[Math.round(p.y) * width + Math.round(p.x)]! / (2 * EDGE_FADE));
    const quality = Math.round(m.quality * (0.5 + 0.5 * fade) * (1 - 0.4 * s.dryness));
    minutiae.push({ x: p.x, y: p.y, direction: placement.direction(m.x, m.y, m.direction), type: m.type, quality });
    masterIndex.push(index);
  });
  const moveSingular = (point: SingularPoint): SingularPoint | null => {
    const p = placement.forward(point.x, point.y);
    if (!visibleAt(p.x, p.y, 1)) return null;
    return point.direction === undefined ? p : { ...p, direction: placement.direction(point.x, point.y, point.direction) };
  };
  const cores = master.cores.map(moveSingular).filter((p): p is SingularPoint => p !== null);
  const deltas = master.deltas.map(moveSingular).filter((p): p is SingularPoint => p !== null);
  return { image, minutiae, cores, deltas, roi: roiOf(visible, width, height), masterIndex };
}
