// The dataset manifest: a small JSON file next to a benchmark's data
// (DIR/ridgeline-dataset.json, or --manifest FILE) that states what the images
// themselves may not, above all their resolution. It replaces any rule keyed
// on folder or file names: a database's ppi is whatever its manifest says.
//   { "name": "...", "source": "...", "ppi": 500,
//     "databases": { "DB2_B": { "ppi": 569, "description": "optical, 296x560" } } }
import fs from 'node:fs';
import { z } from 'zod';

export const DATASET_MANIFEST = 'ridgeline-dataset.json';

const ppi = z.number().min(50).max(10000);

const manifestSchema = z.object({
  name: z.string().optional(),
  source: z.string().optional(),
  /** Resolution of every database that does not state its own. */
  ppi: ppi.optional(),
  databases: z.record(z.string(), z.object({ ppi: ppi.optional(), description: z.string().optional() })).default({}),
});

export type DatasetManifest = z.infer<typeof manifestSchema>;

export function readManifest(file: string): DatasetManifest {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read dataset manifest ${file}: ${(error as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new Error(`dataset manifest ${file} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The manifest's resolution for one database, when it states one. */
export function manifestPpi(manifest: DatasetManifest | undefined, database: string): number | undefined {
  return manifest?.databases[database]?.ppi ?? manifest?.ppi;
}
