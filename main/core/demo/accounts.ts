// The demo's people: one account per role a newcomer should see at work — an
// examiner, a second examiner who verifies, a supervisor and an auditor — all
// assigned the demo partner (and nothing else). Their initial passwords are
// generated, handed back exactly once (the CLI prints them, demo.load returns
// them to the administrator's screen) and never stored in clear; each account
// must change its password at first sign-in.
import { generateInitialPassword } from '../accounts/password';
import type { Role } from '../accounts/roles';
import type { AuditActor } from '../audit/log';
import type { Workspace } from '../workspace';

export interface DemoAccountPlan {
  username: string;
  displayName: string;
  roles: Role[];
  /** What the account is for in the demo, for whoever hands the passwords out. */
  shows: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccountPlan[] = [
  { username: 'demo-examiner', displayName: 'Demo Examiner', roles: ['examiner'], shows: 'analysis, comparison and the conclusion' },
  { username: 'demo-verifier', displayName: 'Demo Verifier', roles: ['examiner'], shows: 'blind verification as the second examiner' },
  { username: 'demo-supervisor', displayName: 'Demo Supervisor', roles: ['supervisor'], shows: 'blocked cases, conflicts, disclosure approval' },
  { username: 'demo-auditor', displayName: 'Demo Auditor', roles: ['auditor'], shows: 'the audit trail and oversight' },
];

/** A demo account as handed over once: its one-time initial password included. */
export interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  shows: string;
  initialPassword: string;
}

export interface PreparedDemoAccounts {
  accounts: DemoAccount[];
  /** Creates the accounts; call inside the demo's transaction. */
  create(): void;
}

/** Generates the passwords and hashes them (slow) ahead of the demo's transaction. */
export async function prepareDemoAccounts(ws: Workspace, partnerId: string, actor: AuditActor): Promise<PreparedDemoAccounts> {
  const accounts = DEMO_ACCOUNTS.map((plan) => ({ ...plan, roles: [...plan.roles], initialPassword: generateInitialPassword() }));
  const steps = await Promise.all(
    accounts.map((account) =>
      ws.accounts.prepareUser(
        { username: account.username, displayName: account.displayName, password: account.initialPassword, roles: account.roles, partnerIds: [partnerId] },
        actor,
      ),
    ),
  );
  return {
    accounts,
    create() {
      for (const step of steps) step();
    },
  };
}
