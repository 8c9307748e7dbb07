// An examiner tries a supervisor's action, the decision on a case blocked at
// intake: the UI offers the examiner no button for it, so the spec calls it as
// a compromised renderer would, through window.ridgeline. Main refuses it with
// a typed 'forbidden' and audits it; the auditor then finds the refusal in the
// audit viewer; a supervisor finally makes the decision through the UI.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { implementation } from '../../main/api/implementation';
import { permissions } from '../../main/core/accounts/permissions';
import { screenPurpose } from '../../main/core/cases/transitions';
import { screenshot } from './harness/artifacts';
import { LoginPage } from './harness/pages/LoginPage';
import { WorklistPage } from './harness/pages/WorklistPage';
import { launchApp, targetAvailable, type RunningApp, type TargetName } from './harness/targets';
import { createE2EWorkspace, EXAMINER, seedExaminer, WORKSTATION, type E2EWorkspace } from './harness/workspace';

const AUDITOR = { username: 'auditor1', password: 'auditing passphrase 7' };
const SUPERVISOR = { username: 'supervisor1', password: 'supervising casework 9' };
const BLOCKED_REFERENCE = 'E2E-BLOCKED-1';
/** The supervisor-only action the examiner attempts. */
const METHOD = 'cases.decideBlocked';

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
    let caseId = '';

    beforeAll(async () => {
      e2e = createE2EWorkspace();
      e2e.ws.partners.add({ id: 'pt_e2e', name: 'E2E Partner', country: 'EE' });
      await seedExaminer(e2e.ws, ['pt_e2e']);
      const admin = e2e.ws.accounts.users.find('admin')!;
      const by = { userId: admin.id, username: admin.username, workstation: WORKSTATION };
      for (const [user, role] of [[AUDITOR, 'auditor'], [SUPERVISOR, 'supervisor']] as const) {
        const initial = `initial ${role} passphrase`;
        const created = await e2e.ws.accounts.createUser({ username: user.username, displayName: `The ${role}`, password: initial, roles: [role], partnerIds: ['pt_e2e'] }, by);
        await e2e.ws.accounts.changePassword(created.id, initial, user.password, WORKSTATION);
      }
      // A request whose purpose the partner's agreement does not cover: intake blocks it.
      caseId = e2e.ws.cases.create({ reference: BLOCKED_REFERENCE, partnerId: 'pt_e2e', purposeCode: 'IMMIGRATION-VETTING', foreignProvided: true });
      expect(screenPurpose(e2e.ws, { userId: null, username: null, workstation: WORKSTATION }, caseId)).toBe('blocked');
      app = await launchApp(target, e2e);
    });

    afterAll(async () => {
      await app?.close();
      e2e?.close();
    });

    it('allows the blocked-case decision to supervisors only, by the permission table', () => {
      const permission = implementation[METHOD].permission;
      expect(permission).toBe('case.decide-blocked');
      expect(permissions['case.decide-blocked']).toEqual(['supervisor']);
    });

    it('signs the examiner in and shows the blocked case with its reason but no decision buttons', async () => {
      const login = new LoginPage(app.page);
      await login.waitUntilShown();
      await login.signIn(EXAMINER.username, EXAMINER.password);
      await app.page.getByTestId('session-user').waitFor({ state: 'visible' });
      // An examiner gets no audit screen to click.
      expect(await app.page.getByTestId('screen-audit').count()).toBe(0);
      const worklist = new WorklistPage(app.page);
      await worklist.waitUntilShown();
      await worklist.open(BLOCKED_REFERENCE);
      await app.page.getByTestId('blocked-case').waitFor({ state: 'visible' });
      expect(await app.page.getByTestId('block-reason').textContent()).toContain('IMMIGRATION-VETTING');
      expect(await app.page.getByTestId('block-admit').count()).toBe(0);
      expect(await app.page.getByTestId('block-refuse').count()).toBe(0);
    });

    it(`refuses the examiner's direct call to ${METHOD} with a typed forbidden error`, async () => {
      const args = { caseId, decision: 'admit', reason: 'Looks fine to me' };
      const result = await app.page.evaluate(([m, a]) => window.ridgeline!.invoke(m, a), [METHOD, args] as const);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', details: { method: METHOD } } });
      // Read back through the contract (on Electron the database belongs to the app).
      const after = await app.page.evaluate((id) => window.ridgeline!.invoke('cases.get', { caseId: id }), caseId);
      expect(after).toMatchObject({ ok: true, value: { state: 'blocked', block: { decision: null } } });
    });

    it('shows the refusal to the auditor in the audit viewer, and the chain verifies', async () => {
      await app.page.getByTestId('sign-out').click();
      const login = new LoginPage(app.page);
      await login.waitUntilShown();
      await login.signIn(AUDITOR.username, AUDITOR.password);
      const viewer = new AuditViewerPage(app.page);
      await viewer.open();
      await viewer.filter({ user: EXAMINER.username, event: 'access.denied' });
      const denied = viewer.rows().filter({ hasText: METHOD });
      await denied.first().waitFor({ state: 'visible' });
      expect(await denied.count()).toBe(1);
      expect(await denied.first().getAttribute('data-outcome')).toBe('denied');
      expect(await denied.first().textContent()).toContain('forbidden');
      expect(await denied.first().textContent()).toContain(`case:${caseId}`);
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

    it('lets the supervisor decide the blocked case through the UI', async () => {
      await app.page.getByTestId('sign-out').click();
      const login = new LoginPage(app.page);
      await login.waitUntilShown();
      await login.signIn(SUPERVISOR.username, SUPERVISOR.password);
      const worklist = new WorklistPage(app.page);
      await worklist.waitUntilShown();
      await worklist.open(BLOCKED_REFERENCE);
      await app.page.getByTestId('block-decision-reason').fill('Vetting linked to an open criminal investigation; confirmed with the liaison officer');
      await app.page.getByTestId('block-admit').click();
      await app.page.getByTestId('blocked-case').waitFor({ state: 'detached' });
      await app.page.getByTestId('comparison').getByText('In analysis').waitFor({ state: 'visible' });
      const after = await app.page.evaluate((id) => window.ridgeline!.invoke('cases.get', { caseId: id }), caseId);
      expect(after).toMatchObject({ ok: true, value: { state: 'in-analysis', block: { decision: 'admit' } } });
      await screenshot(app.page, `${target}-blocked-case-admitted`);
    });

    it('met no page error or CSP violation', () => {
      expect(app.problems).toEqual([]);
    });
  });
}
