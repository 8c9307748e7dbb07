// Fuzz targets for the readers a partner's file reaches: the ANSI/NIST-ITL
// reader (with its images and Type-9 features), the template readers and the
// raster codecs. A RidgelineError is the expected answer to a bad file; any
// other exception, a hang or a memory blow-up is a finding.
// Run with scripts/fuzz.mjs (Jazzer.js, coverage-guided); see README "Fuzzing".
import { RidgelineError } from '../../main/core/errors';
import { decodeRecordImage, inspectTransaction, listImages, readTransaction, type ImageDecoders } from '../../main/formats/ansi-nist';
import { readType9Features } from '../../main/formats/efs';
import { decodeImage } from '../../main/formats/images';
import { decodeTemplate, readAnsi378, readIso19794_2, readRdlt } from '../../main/formats/templates';

function expected(error: unknown): void {
  if (error instanceof RidgelineError) return;
  throw error;
}

// WSQ and JPEG 2000 are fuzzed on their own (native libFuzzer target, WASM codec);
// here they answer like an unsupported codec so the record layer around them is covered.
const syncDecoders: ImageDecoders = {
  wsq: () => {
    throw new RidgelineError('unsupported', 'wsq not fuzzed here');
  },
  raster: (data, format) => decodeImage(data, { format }),
};

export async function ansiNist(data: Buffer): Promise<void> {
  let read;
  try {
    read = readTransaction(new Uint8Array(data));
  } catch (error) {
    return expected(error);
  }
  try {
    inspectTransaction(read);
  } catch (error) {
    expected(error);
  }
  try {
    readType9Features(read.transaction);
  } catch (error) {
    expected(error);
  }
  let images;
  try {
    images = listImages(read.transaction);
  } catch (error) {
    return expected(error);
  }
  for (const image of images) {
    try {
      await decodeRecordImage(image, syncDecoders);
    } catch (error) {
      expected(error);
    }
  }
}

export function templates(data: Buffer): void {
  const bytes = new Uint8Array(data);
  for (const read of [decodeTemplate, readRdlt, readIso19794_2, readAnsi378] as ((b: Uint8Array) => unknown)[]) {
    try {
      read(bytes);
    } catch (error) {
      expected(error);
    }
  }
}

export function images(data: Buffer): void {
  const bytes = new Uint8Array(data);
  for (const format of ['png', 'jpeg', 'tiff', 'bmp'] as const) {
    try {
      decodeImage(bytes, { format });
    } catch (error) {
      expected(error);
    }
  }
}
