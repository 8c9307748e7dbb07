// Conversion of colour samples to gray. Fingerprint images are gray by
// nature; colour containers appear when scanners or tools save RGB. Luma uses
// the ITU-R BT.601 weights, the usual choice for scanned material.

export function luma(r: number, g: number, b: number): number {
  return Math.round(0.299 * r + 0.587 * g + 0.114 * b);
}

/** Interleaved 8-bit samples with `channels` per pixel (1..4; the 4th, alpha, is ignored). */
export function grayFromInterleaved(samples: Uint8Array, pixelCount: number, channels: number): Uint8Array {
  if (channels === 1) return samples.slice(0, pixelCount);
  const gray = new Uint8Array(pixelCount);
  if (channels === 2) {
    for (let i = 0; i < pixelCount; i++) gray[i] = samples[i * 2]!;
    return gray;
  }
  for (let i = 0; i < pixelCount; i++) {
    const o = i * channels;
    gray[i] = luma(samples[o]!, samples[o + 1]!, samples[o + 2]!);
  }
  return gray;
}
