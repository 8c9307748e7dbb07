// Writes the sensor-imitating synthetic databases (sensors/profiles.ts) in
// FVC layout, for `npm run bench:matcher -- --data DIR`:
//   npm run bench:sensors -- [--out DIR] [--sets large,small,...] [--fingers N] [--impressions N] [--force]
// DIR (default: $TMPDIR/ridgeline-sensors) gets one folder per set with
// <finger>_<impression>.tif (finger 101.., impression 1..), the resolution in
// the TIFF's own tags, and a ridgeline-dataset.json describing the sets. A set
// whose images already match its profile is not rendered again.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../main/cli/args';
import { DATASET_MANIFEST, type DatasetManifest } from './dataset-manifest';
import { masterFor, renderSensorImpression } from './sensors/generate';
import { SENSOR_PROFILES, type SensorProfile } from './sensors/profiles';
import { encodeGrayTiff } from './sensors/tiff-encode';

const args = parseArgs(process.argv.slice(2), { flags: ['force', 'json'], options: ['out', 'sets', 'fingers', 'impressions'] });
const out = path.resolve(args.options.get('out') ?? path.join(os.tmpdir(), 'ridgeline-sensors'));
const fingers = Number(args.options.get('fingers') ?? 10);
const impressions = Number(args.options.get('impressions') ?? 8);
const wanted = args.options.get('sets')?.split(',');
const profiles = wanted ? SENSOR_PROFILES.filter((p) => wanted.includes(p.name)) : SENSOR_PROFILES;
if (wanted && profiles.length !== wanted.length) {
  throw new Error(`unknown set in --sets; known: ${SENSOR_PROFILES.map((p) => p.name).join(', ')}`);
}
if (!(Number.isInteger(fingers) && fingers >= 2 && fingers <= 100 && Number.isInteger(impressions) && impressions >= 2 && impressions <= 16)) {
  throw new Error('--fingers must be 2..100 and --impressions 2..16');
}

/** What a set's images depend on: rendering again is needed only when this changes. */
function fingerprintOf(profile: SensorProfile): string {
  const generator = path.resolve(__dirname, '..', '..', 'main', 'core', 'synthetic');
  const hash = crypto.createHash('sha256').update(JSON.stringify({ profile, fingers, impressions }));
  for (const file of fs.readdirSync(generator).sort()) hash.update(fs.readFileSync(path.join(generator, file)));
  for (const file of ['generate.ts', 'profiles.ts']) hash.update(fs.readFileSync(path.join(__dirname, 'sensors', file)));
  return hash.digest('hex').slice(0, 16);
}

function writeSet(profile: SensorProfile): { rendered: boolean; seconds: number } {
  const dir = path.join(out, profile.name);
  const stamp = path.join(dir, '.generated');
  const fingerprint = fingerprintOf(profile);
  if (!args.flags.has('force') && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === fingerprint) return { rendered: false, seconds: 0 };
  const started = performance.now();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let f = 0; f < fingers; f++) {
    const master = masterFor(profile, f);
    for (let k = 0; k < impressions; k++) {
      const image = renderSensorImpression(profile, master, f, k);
      fs.writeFileSync(path.join(dir, `${101 + f}_${k + 1}.tif`), encodeGrayTiff(image));
    }
  }
  fs.writeFileSync(stamp, fingerprint);
  return { rendered: true, seconds: (performance.now() - started) / 1000 };
}

fs.mkdirSync(out, { recursive: true });
const manifest: DatasetManifest = {
  name: 'Ridgeline sensor-imitating synthetic sets',
  source: 'main/core/synthetic via test/bench/sensors.ts; resolution in each TIFF',
  databases: Object.fromEntries(profiles.map((p) => [p.name, { description: p.description }])),
};
const written = [];
for (const profile of profiles) {
  const result = writeSet(profile);
  process.stderr.write(`${profile.name}: ${result.rendered ? `rendered ${fingers * impressions} images in ${result.seconds.toFixed(0)} s` : 'up to date'}\n`);
  written.push({ name: profile.name, ...result });
}
// Merge with sets written earlier (another --sets run) so the manifest lists every folder.
const manifestFile = path.join(out, DATASET_MANIFEST);
if (fs.existsSync(manifestFile)) {
  const previous = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as DatasetManifest;
  manifest.databases = { ...previous.databases, ...manifest.databases };
}
fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
process.stdout.write(args.flags.has('json') ? `${JSON.stringify({ out, sets: written }, null, 2)}\n` : `${out}\n`);
