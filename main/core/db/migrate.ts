// Brings a database up to the newest schema, one version per transaction, so a
// crash mid-migration leaves the last complete version behind.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { RidgelineError } from '../errors';
import { migrations } from './migrations';

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Database, target = LATEST_SCHEMA_VERSION): number {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new RidgelineError('unsupported', `This workspace has schema ${current}; this Ridgeline knows up to ${LATEST_SCHEMA_VERSION}. Update Ridgeline.`);
  }
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}
