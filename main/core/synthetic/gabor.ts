// A bank of oriented Gabor kernels quantised by ridge orientation and period.
// Kernels are dense (2r+1)² squares stored back to back, so filtering a pixel
// is a tight row-by-row loop over contiguous taps.
export interface GaborBank {
  radius: number;
  orientationBins: number;
  periodBins: number;
  minPeriod: number;
  periodStep: number;
  /** Kernel k occupies weights[k·(2r+1)² ..], row-major, dy then dx from −r. */
  weights: Float32Array;
}

export interface GaborBankOptions {
  radius: number;
  minPeriod: number;
  maxPeriod: number;
  periodStep: number;
  orientationBins: number;
  /** Envelope sigma along the ridge and across it, in pixels. */
  sigmaAlong: number;
  sigmaAcross: number;
}

const banks = new Map<string, GaborBank>();

/** The bank for these options, built once per process (banks are read-only). */
export function buildGaborBank(o: GaborBankOptions): GaborBank {
  const key = JSON.stringify(o);
  let bank = banks.get(key);
  if (!bank) {
    bank = makeBank(o);
    banks.set(key, bank);
  }
  return bank;
}

function makeBank(o: GaborBankOptions): GaborBank {
  const periodBins = Math.max(1, Math.round((o.maxPeriod - o.minPeriod) / o.periodStep) + 1);
  const side = 2 * o.radius + 1;
  const area = side * side;
  const weights = new Float32Array(o.orientationBins * periodBins * area);
  const kernel = new Float64Array(area);
  for (let pb = 0; pb < periodBins; pb++) {
    const frequency = 1 / (o.minPeriod + pb * o.periodStep);
    for (let ob = 0; ob < o.orientationBins; ob++) {
      const theta = (ob * Math.PI) / o.orientationBins;
      // Ridge direction on screen is (cos θ, −sin θ); its normal is (sin θ, cos θ).
      const ax = Math.cos(theta);
      const ay = -Math.sin(theta);
      const nx = Math.sin(theta);
      const ny = Math.cos(theta);
      let mean = 0;
      for (let dy = -o.radius, t = 0; dy <= o.radius; dy++) {
        for (let dx = -o.radius; dx <= o.radius; dx++, t++) {
          const along = dx * ax + dy * ay;
          const across = dx * nx + dy * ny;
          const envelope = Math.exp(-0.5 * ((along / o.sigmaAlong) ** 2 + (across / o.sigmaAcross) ** 2));
          kernel[t] = envelope * Math.cos(2 * Math.PI * frequency * across);
          mean += kernel[t]!;
        }
      }
      // Remove the DC response (a flat patch must give 0, so growth never drifts)
      // and scale so a matching ±1 ridge wave gives a response of 1.
      mean /= area;
      let gain = 0;
      for (let dy = -o.radius, t = 0; dy <= o.radius; dy++) {
        for (let dx = -o.radius; dx <= o.radius; dx++, t++) {
          kernel[t] = kernel[t]! - mean;
          gain += kernel[t]! * Math.cos(2 * Math.PI * frequency * (dx * nx + dy * ny));
        }
      }
      const base = (pb * o.orientationBins + ob) * area;
      for (let t = 0; t < area; t++) weights[base + t] = kernel[t]! / gain;
    }
  }
  return {
    radius: o.radius,
    orientationBins: o.orientationBins,
    periodBins,
    minPeriod: o.minPeriod,
    periodStep: o.periodStep,
    weights,
  };
}

/** Kernel index for an orientation (mod π) and a period, clamped to the bank. */
export function kernelIndex(bank: GaborBank, orientation: number, period: number): number {
  let ob = Math.round((orientation / Math.PI) * bank.orientationBins) % bank.orientationBins;
  if (ob < 0) ob += bank.orientationBins;
  const pb = Math.min(bank.periodBins - 1, Math.max(0, Math.round((period - bank.minPeriod) / bank.periodStep)));
  return pb * bank.orientationBins + ob;
}
