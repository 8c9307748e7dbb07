// A workspace: one encrypted database and the domain services over it. The
// Electron shell, the CLI and the E2E bridge all open workspaces this way.
import fs from 'node:fs';
import path from 'node:path';
import { createAccounts } from './accounts/accounts';
import { createAgreementStore } from './agreements/agreements';
import { createWorkstationKeys, deriveKeyPassphrase } from './agreements/keys';
import { createExportAllowance } from './accounts/exports';
import { createAnnotationStore } from './annotations/annotations';
import { createAuditLog } from './audit/log';
import { createCaseStore } from './cases/cases';
import { openDatabase, type Db } from './db/open';
import { schemaVersion } from './db/migrate';
import { createCorrections } from './oversight/corrections';
import { createFlagStore } from './oversight/flags';
import { createOversightRecords } from './oversight/records';
import { createNoticeSubjects } from './oversight/subjects';
import { createPartnerStore } from './partners/partners';
import { createPrintStore } from './prints/prints';

export const DATABASE_FILE = 'ridgeline.db';

export interface WorkspaceOptions {
  /** Folder holding ridgeline.db (created when `create` is set). */
  dir: string;
  key: Uint8Array;
  create?: boolean;
}

export function openWorkspace(options: WorkspaceOptions) {
  if (options.create) fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  const file = path.join(options.dir, DATABASE_FILE);
  const db: Db = openDatabase(file, { key: options.key, create: options.create ?? false });
  const prints = createPrintStore(db);
  const audit = createAuditLog(db);
  const accounts = createAccounts(db, audit);
  const flags = createFlagStore(db);
  const meta = {
    get: (key: string): string | undefined =>
      (db.prepare('SELECT value FROM workspace_meta WHERE key = ?').get(key) as { value: string } | undefined)?.value,
    set: (key: string, value: string): void => {
      db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
    },
  };
  // Derived now so the raw database key is not kept beyond opening.
  const workstationKeys = createWorkstationKeys(db, deriveKeyPassphrase(options.key));
  return {
    dir: options.dir,
    file,
    db,
    meta,
    partners: createPartnerStore(db, audit),
    agreements: createAgreementStore(db, audit),
    workstationKeys,
    prints,
    cases: createCaseStore(db, prints),
    annotations: createAnnotationStore(db),
    audit,
    accounts,
    flags,
    corrections: createCorrections(db, audit, flags, createNoticeSubjects(db)),
    oversight: createOversightRecords(db, audit),
    exports: createExportAllowance(db, accounts.users, accounts.settings, audit),
    schemaVersion: () => schemaVersion(db),
    close: () => db.close(),
  };
}

export type Workspace = ReturnType<typeof openWorkspace>;
