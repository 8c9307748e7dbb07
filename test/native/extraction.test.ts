// Minutiae extraction against the ground truth of synthetic prints
// (main/core/synthetic): recall, precision, position and direction accuracy,
// resolution normalisation, and typed refusal of images it cannot analyse.
//
// Tolerances (stated, not tuned per print): a detection matches a ground-truth
// minutia within 10 px (about one ridge period at 500 ppi); its direction
// counts as right within 30 degrees. Minutiae closer than 20 px to the edge of
// the contact area are out of scope both ways: ridges are cut there and the
// extractor deliberately drops what it finds at the edge.
import { describe, expect, it } from 'vitest';
import { extract, type Features, type GrayImage, type Minutia } from '../../native-matcher';
import { generateMasterFinger, renderImpression, type Impression, type ImpressionOptions } from '../../main/core/synthetic';
import { codeOf } from './matcher-fixtures';

const POSITION_TOLERANCE = 10;
const DIRECTION_TOLERANCE = Math.PI / 6;
const EDGE_EXCLUSION = 20;

function angleGap(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return Math.min(d, 2 * Math.PI - d);
}

/** Whether every point within `radius` of (x, y) is inside the impression's contact area. */
function deepInside(print: Impression, x: number, y: number, radius: number): boolean {
  const { roi, image } = print;
  for (let k = 0; k < 16; k++) {
    const a = (k / 16) * 2 * Math.PI;
    const px = x + radius * Math.cos(a);
    const py = y + radius * Math.sin(a);
    if (px < 0 || py < 0 || px >= image.width || py >= image.height) return false;
    const column = Math.floor(px / roi.blockSize);
    const row = Math.floor(py / roi.blockSize);
    if (!roi.foreground[row * roi.columns + column]) return false;
  }
  return true;
}

interface Agreement {
  truths: number;
  detections: number;
  matched: number;
  falseDetections: number;
  directionRight: number;
  typeRight: number;
  positionError: number;
}

/** Greedy one-to-one matching, closest pairs first, within POSITION_TOLERANCE. */
function agreement(print: Impression, found: Minutia[], scale = 1): Agreement {
  const truths = print.minutiae;
  const detections = found.map((m) => ({ ...m, x: m.x / scale, y: m.y / scale }));
  const candidates: [number, number, number][] = [];
  truths.forEach((t, i) =>
    detections.forEach((d, j) => {
      const distance = Math.hypot(t.x - d.x, t.y - d.y);
      if (distance <= POSITION_TOLERANCE) candidates.push([distance, i, j]);
    }),
  );
  candidates.sort((a, b) => a[0] - b[0]);
  const truthTaken = new Set<number>();
  const detectionTaken = new Set<number>();
  const result: Agreement = { truths: 0, detections: 0, matched: 0, falseDetections: 0, directionRight: 0, typeRight: 0, positionError: 0 };
  for (const [distance, i, j] of candidates) {
    if (truthTaken.has(i) || detectionTaken.has(j)) continue;
    truthTaken.add(i);
    detectionTaken.add(j);
    if (!deepInside(print, truths[i]!.x, truths[i]!.y, EDGE_EXCLUSION)) continue;
    result.matched++;
    result.positionError += distance;
    if (angleGap(truths[i]!.direction, detections[j]!.direction) <= DIRECTION_TOLERANCE) result.directionRight++;
    if (truths[i]!.type === detections[j]!.type) result.typeRight++;
  }
  truths.forEach((t) => {
    if (deepInside(print, t.x, t.y, EDGE_EXCLUSION)) result.truths++;
  });
  detections.forEach((d, j) => {
    if (!deepInside(print, d.x, d.y, EDGE_EXCLUSION)) return;
    result.detections++;
    if (!detectionTaken.has(j)) result.falseDetections++;
  });
  return result;
}

function add(a: Agreement, b: Agreement): Agreement {
  return {
    truths: a.truths + b.truths,
    detections: a.detections + b.detections,
    matched: a.matched + b.matched,
    falseDetections: a.falseDetections + b.falseDetections,
    directionRight: a.directionRight + b.directionRight,
    typeRight: a.typeRight + b.typeRight,
    positionError: a.positionError + b.positionError,
  };
}

const empty: Agreement = { truths: 0, detections: 0, matched: 0, falseDetections: 0, directionRight: 0, typeRight: 0, positionError: 0 };

async function measure(seeds: number[], options: Omit<ImpressionOptions, 'seed'>): Promise<Agreement> {
  let total = empty;
  for (const seed of seeds) {
    const print = renderImpression(generateMasterFinger({ seed: 7000 + seed }), { ...options, seed });
    const { template } = await extract(print.image);
    total = add(total, agreement(print, template.minutiae));
  }
  // The measured figures, for the record when tolerances are revisited.
  console.info(
    `[extraction] ${JSON.stringify(options)}: recall ${(total.matched / total.truths).toFixed(3)}, ` +
      `precision ${(1 - total.falseDetections / total.detections).toFixed(3)}, ` +
      `mean position error ${(total.positionError / total.matched).toFixed(2)} px, ` +
      `direction within 30 deg ${(total.directionRight / total.matched).toFixed(3)}, type ${(total.typeRight / total.matched).toFixed(3)}`,
  );
  return total;
}

/** Doubles the resolution by bilinear interpolation (a 1000 ppi scan of the same finger). */
function upsample(image: GrayImage): GrayImage {
  const width = image.width * 2;
  const height = image.height * 2;
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(Math.max((y + 0.5) / 2 - 0.5, 0), image.height - 1);
    const y0 = Math.min(Math.floor(sy), image.height - 2);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(Math.max((x + 0.5) / 2 - 0.5, 0), image.width - 1);
      const x0 = Math.min(Math.floor(sx), image.width - 2);
      const fx = sx - x0;
      const at = (xx: number, yy: number) => image.pixels[yy * image.width + xx]!;
      const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
      const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
      pixels[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, pixels, ppi: image.ppi * 2 };
}

describe('minutiae extraction on synthetic prints with ground truth', () => {
  it('finds most true minutiae, few false ones, at the right place and direction (good impressions)', async () => {
    // Two upright prints and two turned on the sensor (the field and the
    // quantised filter bank must not favour any direction).
    const a = add(await measure([1, 2], { noise: 4 }), await measure([3, 4], { noise: 4, rotation: 2.2 }));
    const recall = a.matched / a.truths;
    const precision = 1 - a.falseDetections / a.detections;
    expect(a.truths).toBeGreaterThan(60);
    expect(recall).toBeGreaterThan(0.88);
    expect(precision).toBeGreaterThan(0.9);
    expect(a.positionError / a.matched).toBeLessThan(3);
    expect(a.directionRight / a.matched).toBeGreaterThan(0.95);
    expect(a.typeRight / a.matched).toBeGreaterThan(0.9);
  });

  it('stays useful on noisy, dry or heavily pressed impressions', async () => {
    const a = add(
      add(await measure([5, 6], { noise: 12, blur: 0.8 }), await measure([7, 8], { dryness: 0.5, noise: 6 })),
      await measure([9, 10], { pressure: 0.5, noise: 6 }),
    );
    expect(a.matched / a.truths).toBeGreaterThan(0.8);
    expect(1 - a.falseDetections / a.detections).toBeGreaterThan(0.85);
    expect(a.directionRight / a.matched).toBeGreaterThan(0.9);
  });

  it('reports the same minutiae, in source pixels, for a 1000 ppi scan of the same print', async () => {
    const print = renderImpression(generateMasterFinger({ seed: 7100 }), { seed: 11, noise: 4 });
    const at500 = agreement(print, (await extract(print.image)).template.minutiae);
    const highRes = await extract(upsample(print.image));
    expect(highRes.template.width).toBe(print.image.width * 2);
    expect(highRes.template.ppi).toBe(1000);
    const at1000 = agreement(print, highRes.template.minutiae, 2);
    expect(at1000.matched / at1000.truths).toBeGreaterThan(0.8 * (at500.matched / at500.truths));
    expect(at1000.positionError / at1000.matched).toBeLessThan(4);
  });

  it('returns a region of interest that covers the print and not the background', async () => {
    const print = renderImpression(generateMasterFinger({ seed: 7200 }), { seed: 12, noise: 4 });
    const { roi }: Features = await extract(print.image);
    expect(roi.columns * roi.blockSize).toBeGreaterThanOrEqual(print.image.width);
    expect(roi.rows * roi.blockSize).toBeGreaterThanOrEqual(print.image.height);
    let agree = 0;
    let total = 0;
    for (let y = 4; y < print.image.height; y += 8) {
      for (let x = 4; x < print.image.width; x += 8) {
        const truth = print.roi.foreground[Math.floor(y / print.roi.blockSize) * print.roi.columns + Math.floor(x / print.roi.blockSize)];
        const found = roi.foreground[Math.floor(y / roi.blockSize) * roi.columns + Math.floor(x / roi.blockSize)];
        total++;
        if (Boolean(truth) === Boolean(found)) agree++;
      }
    }
    expect(agree / total).toBeGreaterThan(0.9);
  });

  it('reports directions in [0, 2pi), qualities in 0..100 and positions inside the image', async () => {
    const print = renderImpression(generateMasterFinger({ seed: 7300 }), { seed: 13, noise: 6, rotation: 2.5 });
    const { template } = await extract(print.image);
    expect(template.minutiae.length).toBeGreaterThan(10);
    for (const m of template.minutiae) {
      expect(m.direction).toBeGreaterThanOrEqual(0);
      expect(m.direction).toBeLessThan(2 * Math.PI);
      expect(m.quality).toBeGreaterThanOrEqual(0);
      expect(m.quality).toBeLessThanOrEqual(100);
      expect(m.x).toBeGreaterThanOrEqual(0);
      expect(m.y).toBeGreaterThanOrEqual(0);
      expect(m.x).toBeLessThan(print.image.width);
      expect(m.y).toBeLessThan(print.image.height);
    }
  });
});

describe('extraction refuses images it cannot analyse with invalid-argument', () => {
  const gray = (width: number, height: number, ppi: number): GrayImage => ({ width, height, ppi, pixels: new Uint8Array(width * height).fill(128) });
  const cases: [string, GrayImage][] = [
    ['smaller than 16 pixels', gray(12, 200, 500)],
    ['resolution below 150 ppi', gray(200, 200, 100)],
    ['resolution above 2000 ppi', gray(200, 200, 5000)],
    ['negative resolution', gray(200, 200, -500)],
    ['too small an area at its resolution', gray(40, 40, 2000)],
    ['larger than 4096 pixels once resampled to 500 ppi', gray(2000, 2000, 200)],
    ['larger than 4096 pixels', gray(5000, 20, 500)],
  ];
  it.each(cases)('%s', async (_, input) => {
    expect(await codeOf(extract(input))).toBe('invalid-argument');
  });

  it('accepts blank and noise images without inventing many minutiae', async () => {
    const blank = gray(300, 300, 500);
    expect((await extract(blank)).template.minutiae.length).toBeLessThanOrEqual(5);
    let state = 12345;
    const noise = { ...blank, pixels: blank.pixels.map(() => ((state = (state * 1103515245 + 12345) >>> 0) >>> 24)) };
    const { template } = await extract(noise);
    expect(Array.isArray(template.minutiae)).toBe(true);
  });
});
