// Moving a test case through the examination the way an examiner would: core
// calls with a real user, so the audit trail and the guards are the real ones.
import type { Role } from '../../main/core/accounts/roles';
import type { CaseActor } from '../../main/core/cases/lifecycle';
import { recordAnalysis, type AnalysisValue } from '../../main/core/conclusions/analysis';
import type { Workspace } from '../../main/core/workspace';

let counter = 0;

/** A user in the workspace with `roles` on `partnerIds`, as a core actor (no password: never signs in). */
export function testActor(ws: Workspace, roles: readonly Role[], partnerIds: readonly string[], username = `user${++counter}`): CaseActor {
  const userId = ws.accounts.users.create({ username, displayName: username, passwordHash: 'x', mustChangePassword: false, roles, partnerIds, now: new Date().toISOString() });
  return { userId, username, workstation: 'ws-test', roles, partnerIds };
}

/** Records the analysis of every query print of the case (suitable unless told), opening comparison. */
export function analyseCase(ws: Workspace, caseId: string, actor: CaseActor, value: AnalysisValue = 'suitable'): void {
  for (const print of ws.prints.queryPrintsOfCase(caseId)) {
    recordAnalysis(ws, actor, { caseId, printId: print.id, value, qualityNotes: 'clear ridge flow' });
  }
}
