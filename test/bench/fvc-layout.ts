// Finds FVC-layout databases: DIR/DB<n>_B/<finger>_<impression>.tif.
import fs from 'node:fs';
import path from 'node:path';
import type { Impression } from '../../main/core/matching';

// Nominal resolutions from ../shared/fpdata/README.md (FVC2002); other
// databases default to 500 ppi unless --ppi is given.
export const NOMINAL_PPI: Readonly<Record<string, number>> = { DB1_B: 500, DB2_B: 569, DB3_B: 500, DB4_B: 500 };

export interface FvcImage extends Impression {
  file: string;
}

export interface FvcDatabase {
  name: string;
  ppi: number;
  images: FvcImage[];
}

const IMAGE_NAME = /^(\d+)_(\d+)\.tiff?$/i;

export function findDatabases(dir: string, ppiOverride?: number): FvcDatabase[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^DB\d+_[A-Z]$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const images = fs
        .readdirSync(path.join(dir, name))
        .map((file) => ({ file, match: IMAGE_NAME.exec(file) }))
        .filter((item): item is { file: string; match: RegExpExecArray } => item.match !== null)
        .map(({ file, match }) => ({ file: path.join(dir, name, file), finger: Number(match[1]), impression: Number(match[2]) }))
        .sort((a, b) => a.finger - b.finger || a.impression - b.impression);
      return { name, ppi: ppiOverride ?? NOMINAL_PPI[name] ?? 500, images };
    })
    .filter((db) => db.images.length > 0);
}
