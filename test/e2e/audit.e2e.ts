// An examiner tries a supervisor's action (as a misbehaving renderer would: the
// UI offers no such button), main refuses it with a typed 'forbidden' and
// audits it; the auditor then finds the refusal in the audit viewer.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { implementation } from '../../main/api/implementation';
import { permissions } from '../../main/core/accounts/permissions';
import type { Role } from '../../main/core/accounts/roles';
import type { MethodName } from '../../preload/contract';
import { screenshot } from './harness/artifacts';
import { LoginPage } from './harness/pages/LoginPage';
import { launchApp, targetAvailable, type RunningApp, type TargetName } from './harness/targets';
import { createE2EWorkspace, EXAMINER, seedExaminer, WORKSTATION, type E2EWorkspace } from './harness/workspace';

const AUDITOR = { username: 'auditor1', password: 'auditing passphrase 7' };

/**
 * A method only supervisors may call. Casework domains add these over time; the
 * first one in the contract is used, and failing that any method an examiner
 * may not call, so the spec tests the refusal path whatever has landed.
 */
function supervisorOnlyMethod(): MethodName {
  const methods = Object.keys(implementation) as MethodName[];
  const rolesOf = (m: MethodName): readonly Role[] => {
    const permission = implementation[m].permission;
    return permission === 'public' ? [] : (permissions[permission] as readonly Role[]);
  };
  return (
    methods.find((m) => rolesOf(m).includes('supervisor') && !rolesOf(m).includes('examiner')) ??
    methods.find((m) => implementation[m].permission !== 'public' && !rolesOf(m).includes('examiner'))!
  );
}

class AuditViewerPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('screen-audit').click();
    await this.page.getByTestId('audit-viewer').waitFor({ state: 'visible' });
  }

  async filter(fields: { user?: string; event?: string }): Promise<void> {
    if (fields.user !== undefined) await this.page.getByTestId('audit-filter-user').fill(fields.user);
    if (fields.event !== undefined) await this.page.getByTestId('audit-filter-event').fill(fields.event);
    await this.page.getByTestId('audit-apply').click();
  }

  rows() {
    return this.page.getByTestId('audit-row');
  }

  async verify(): Promise<string | null> {
    await this.page.getByTestId('audit-verify').click();
    const result = this.page.getByTestId('audit-verify-result');
    await result.waitFor({ state: 'visible' });
    return result.getAttribute('data-ok');
  }
}

const targets: TargetName[] = ['chromium', 'electron'];

for (const target of targets) {
  describe.skipIf(!targetAvailable(target))(`refused actions in the audit trail (${target})`, () => {
    let e2e: E2EWorkspace;
    let app: RunningApp;
    const method = supervisorOnlyMethod();

    beforeAll(async () => {
      e2e = createE2EWorkspace();
      e2e.ws.partners.add({ id: 'pt_e2e', name: 'E2E Partner', country: 'EE' });
      await seedExaminer(e2e.ws, ['pt_e2e']);
      const admin = e2e.ws.accounts.users.find('admin')!;
      const initial = 'initial auditor passphrase';
      const auditor = await e2e.ws.accounts.createUser(
        { username: AUDITOR.username, displayName: 'Auditor One', password: initial, roles: ['auditor'], partnerIds: ['pt_e2e'] },
        { userId: admin.id, username: admin.username, workstation: WORKSTATION },
      );
      await e2e.ws.accounts.changePassword(auditor.id, initial, AUDITOR.password, WORKSTATION);
      app = await launchApp(target, e2e);
    });

    afterAll(async () => {
      await app?.close();
      e2e?.close();
    });

    it('signs the examiner in through the form', async () => {
      const login = new LoginPage(app.page);
      await login.waitUntilShown();
      await login.signIn(EXAMINER.username, EXAMINER.password);
      await app.page.getByTestId('session-user').waitFor({ state: 'visible' });
      // An examiner gets no audit screen to click.
      expect(await app.page.getByTestId('screen-audit').count()).toBe(0);
    });

    it(`refuses the examiner's call to ${method} with a typed forbidden error`, async () => {
      const result = await app.page.evaluate((m) => window.ridgeline!.invoke(m, {}), method);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', details: { method } } });
    });

    it('shows the refusal to the auditor in the audit viewer, and the chain verifies', async () => {
      await app.page.getByTestId('sign-out').click();
      const login = new LoginPage(app.page);
      await login.waitUntilShown();
      await login.signIn(AUDITOR.username, AUDITOR.password);
      const viewer = new AuditViewerPage(app.page);
      await viewer.open();
      await viewer.filter({ user: EXAMINER.username, event: 'access.denied' });
      const denied = viewer.rows().filter({ hasText: method });
      await denied.first().waitFor({ state: 'visible' });
      expect(await denied.count()).toBe(1);
      expect(await denied.first().getAttribute('data-outcome')).toBe('denied');
      expect(await denied.first().textContent()).toContain('forbidden');
      expect(await viewer.verify()).toBe('true');
      await screenshot(app.page, `${target}-audit-viewer`);
    });

    it('exports the chain for a compliance review, and the export is itself in the trail', async () => {
      await app.page.getByTestId('audit-export-jsonl').click();
      const result = app.page.getByTestId('audit-export-result');
      await result.waitFor({ state: 'visible' });
      const sha256 = /SHA-256 ([0-9a-f]{64})/.exec((await result.textContent()) ?? '')?.[1];
      expect(sha256).toBeDefined();
      const viewer = new AuditViewerPage(app.page);
      await viewer.filter({ user: '', event: 'audit.exported' });
      await viewer.rows().first().waitFor({ state: 'visible' });
      expect(await viewer.rows().first().textContent()).toContain(sha256!);
    });

    it('met no page error or CSP violation', () => {
      expect(app.problems).toEqual([]);
    });
  });
}
