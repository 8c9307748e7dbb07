// Finds FVC-layout databases: DIR/<database>/<finger>_<impression>.<image>,
// and decides each image's resolution without looking at any name:
//   1. --ppi (the operator knows the capture),
//   2. the dataset manifest (DIR/ridgeline-dataset.json or --manifest FILE),
//   3. the image's own header (TIFF resolution tags, PNG pHYs, WSQ NISTCOM),
//   4. otherwise 500 ppi, reported as a default so nobody mistakes it for a fact.
import fs from 'node:fs';
import path from 'node:path';
import type { Impression } from '../../main/core/matching';
import { decodeImageAsync } from '../../main/formats/images';
import type { GrayImage } from '../../preload/shared/fingerprint';
import { manifestPpi, type DatasetManifest } from './dataset-manifest';

export type PpiSource = 'option' | 'manifest' | 'image' | 'default';

export interface FvcImage extends Impression {
  file: string;
}

export interface FvcDatabase {
  name: string;
  images: FvcImage[];
  /** Resolution fixed for the whole database by --ppi or the manifest; per image otherwise. */
  ppi?: { value: number; source: 'option' | 'manifest' };
}

const IMAGE_NAME = /^(\d+)_(\d+)\.(tiff?|png|bmp|wsq|jpe?g|jp2)$/i;

export function findDatabases(dir: string, options: { ppi?: number; manifest?: DatasetManifest } = {}): FvcDatabase[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort()
    .map((name): FvcDatabase => {
      const images = fs
        .readdirSync(path.join(dir, name))
        .map((file) => ({ file, match: IMAGE_NAME.exec(file) }))
        .filter((item): item is { file: string; match: RegExpExecArray } => item.match !== null)
        .map(({ file, match }) => ({ file: path.join(dir, name, file), finger: Number(match[1]), impression: Number(match[2]) }))
        .sort((a, b) => a.finger - b.finger || a.impression - b.impression);
      const fromManifest = manifestPpi(options.manifest, name);
      const ppi =
        options.ppi !== undefined
          ? { value: options.ppi, source: 'option' as const }
          : fromManifest !== undefined
            ? { value: fromManifest, source: 'manifest' as const }
            : undefined;
      return ppi ? { name, images, ppi } : { name, images };
    })
    .filter((db) => db.images.length > 0);
}

/** Decodes one image of a database with its resolution and where that came from. */
export async function loadImage(db: FvcDatabase, image: FvcImage): Promise<{ gray: GrayImage; ppiSource: PpiSource }> {
  const decoded = await decodeImageAsync(new Uint8Array(fs.readFileSync(image.file)));
  const gray = { width: decoded.width, height: decoded.height, pixels: decoded.pixels };
  if (db.ppi) return { gray: { ...gray, ppi: db.ppi.value }, ppiSource: db.ppi.source };
  return { gray: { ...gray, ppi: decoded.ppi }, ppiSource: decoded.ppiSource === 'file' ? 'image' : 'default' };
}
