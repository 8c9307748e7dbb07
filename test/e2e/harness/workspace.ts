// A real workspace for an E2E run: encrypted database in a temp folder with an
// explicit key, an administrator and an examiner created through the accounts
// service (the examiner's first password already changed, as a user would).
import { recordAnalysis } from '../../../main/core/conclusions/analysis';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace, type Workspace } from '../../../main/core/workspace';

export const WORKSTATION = 'e2e-workstation';
export const EXAMINER = { username: 'examiner1', password: 'correct horse battery staple' };
const ADMIN = { username: 'admin', password: 'supervising passphrase 1' };

export interface E2EWorkspace {
  ws: Workspace;
  dir: string;
  key: Uint8Array;
  /** Closes the database (idempotent): the Electron target hands the file to the app. */
  closeDatabase(): void;
  close(): void;
}

export function createE2EWorkspace(): E2EWorkspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ridgeline-e2e-'));
  const key = new Uint8Array(randomBytes(32));
  const ws = openWorkspace({ dir, key, create: true });
  let open = true;
  const closeDatabase = () => {
    if (open) ws.close();
    open = false;
  };
  return {
    ws,
    dir,
    key,
    closeDatabase,
    close() {
      closeDatabase();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates the administrator and an examiner assigned to `partnerIds`. */
export async function seedExaminer(ws: Workspace, partnerIds: readonly string[]): Promise<void> {
  const admin = await ws.accounts.setupAdministrator({ username: ADMIN.username, displayName: 'Administrator', password: ADMIN.password }, WORKSTATION);
  const initial = 'initial passphrase 42';
  const examiner = await ws.accounts.createUser(
    { username: EXAMINER.username, displayName: 'Examiner One', password: initial, roles: ['examiner'], partnerIds },
    { userId: admin.id, username: admin.username, workstation: WORKSTATION },
  );
  await ws.accounts.changePassword(examiner.id, initial, EXAMINER.password, WORKSTATION);
}

/**
 * Records the analysis of a case's query prints as the examiner, straight
 * through core (the comparison opens only after it). Specs that test the bench
 * itself record it through the page instead.
 */
export function analyseAsExaminer(ws: Workspace, reference: string, username = EXAMINER.username): void {
  const user = ws.accounts.users.find(username);
  if (!user) throw new Error('seedExaminer first');
  const actor = { userId: user.id, username: user.username, workstation: WORKSTATION, roles: user.roles, partnerIds: user.partnerIds };
  const found = ws.cases.list(user.partnerIds).find((c) => c.reference === reference);
  if (!found) throw new Error(`No case ${reference} in the examiner's partners`);
  for (const print of ws.prints.queryPrintsOfCase(found.id)) {
    recordAnalysis(ws, actor, { caseId: found.id, printId: print.id, value: 'suitable', qualityNotes: 'recorded by the E2E set-up' });
  }
}
