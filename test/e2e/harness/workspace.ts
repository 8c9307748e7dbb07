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

/**
 * Records the analysis of a case's query prints through the page's API bridge,
 * as the signed-in examiner, once the worker holds the database (the demo is
 * loaded through the app, so the test's own connection is closed by then).
 */
export async function analyseThroughPage(page: import('playwright-core').Page, reference: string): Promise<void> {
  const failure = await page.evaluate(async (ref) => {
    const bridge = (window as unknown as { ridgeline: { invoke(m: string, a: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> } }).ridgeline;
    const call = async (method: string, args: unknown): Promise<unknown> => {
      const result = await bridge.invoke(method, args);
      if (!result.ok) throw new Error(`${method}: ${result.error?.code} ${result.error?.message}`);
      return result.value;
    };
    const cases = (await call('cases.list', {})) as { id: string; reference: string }[];
    const found = cases.find((c) => c.reference === ref);
    if (!found) return `no case ${ref}`;
    const detail = (await call('cases.get', { caseId: found.id })) as { queryPrints: { id: string }[] };
    for (const print of detail.queryPrints) {
      await call('analysis.record', { caseId: found.id, printId: print.id, value: 'suitable', qualityNotes: 'recorded by the E2E set-up' });
    }
    return null;
  }, reference);
  if (failure) throw new Error(failure);
}
