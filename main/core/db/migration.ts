import type { Database } from 'better-sqlite3-multiple-ciphers';

/** One schema version. Migrations never change once released; add a new one. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
