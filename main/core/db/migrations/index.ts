// Every schema version in order, one file each. Append; never edit a released one.
import type { Migration } from '../migration';
import { m001Initial } from './001-initial';

export const migrations: readonly Migration[] = [m001Initial];

migrations.forEach((migration, index) => {
  if (migration.version !== index + 1) throw new Error(`Migration ${migration.name} is out of order`);
});
