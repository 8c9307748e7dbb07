// @vitest-environment jsdom
// The comparison viewer's additions: the notice of a case blocked at intake
// (decision buttons for supervisors only) and "Export print…".
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../preload/contract/session';
import { ComparisonWorkspace } from '../../renderer/src/features/comparison/ComparisonWorkspace';
import { useSessionStore } from '../../renderer/src/store/session';
import { useComparisonStore } from '../../renderer/src/store/comparison';
import { detail, installFakeBridge, ok } from './fake-bridge';

const block = {
  reason: "Purpose code IMMIGRATION-VETTING is not in the partner's agreement (agreed: CRIM-INV)",
  purposeCode: 'IMMIGRATION-VETTING',
  agreedPurposeCodes: ['CRIM-INV'],
  blockedAt: '2026-11-23T10:00:00.000Z',
  decision: null,
  decisionReason: null,
  decidedAt: null,
};
const blocked = () => ({ ...detail(), state: 'blocked' as const, purposeCode: 'IMMIGRATION-VETTING', block });

function signedInAs(role: Role) {
  useSessionStore.setState({
    status: {
      firstRun: false,
      signedIn: true,
      locked: false,
      inactivityMinutes: 10,
      user: { id: 'u_1', username: role, displayName: role, roles: [role], partnerIds: ['pt_a'], mustChangePassword: false },
    },
  });
}

async function openCase(answers: Parameters<typeof installFakeBridge>[0]) {
  const calls = installFakeBridge({ 'prints.annotations': ok([]), ...answers });
  await act(() => useComparisonStore.getState().open('c_1'));
  render(<ComparisonWorkspace onBack={vi.fn()} />);
  return calls;
}

beforeEach(() => useComparisonStore.getState().close());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('blocked case notice', () => {
  it('shows an examiner why the case is blocked, without decision buttons', async () => {
    signedInAs('examiner');
    await openCase({ 'cases.get': ok(blocked()) });
    expect(screen.getByTestId('block-reason').textContent).toContain('IMMIGRATION-VETTING is not in the partner');
    expect(screen.queryByTestId('block-admit')).toBeNull();
    expect(screen.queryByTestId('block-refuse')).toBeNull();
  });

  it('lets a supervisor admit the case with a reason, then shows it in analysis', async () => {
    signedInAs('supervisor');
    let current = blocked();
    const calls = await openCase({
      'cases.get': () => ok(current),
      'cases.decideBlocked': () => {
        current = { ...current, state: 'in-analysis' as never, block: { ...block, decision: 'admit' as never } };
        return ok({ ...current });
      },
    });
    const admit = screen.getByTestId('block-admit') as HTMLButtonElement;
    expect(admit.disabled).toBe(true); // a decision needs its reason
    fireEvent.change(screen.getByTestId('block-decision-reason'), { target: { value: 'Linked to an open investigation' } });
    fireEvent.click(admit);
    await waitFor(() => expect(screen.queryByTestId('blocked-case')).toBeNull());
    expect(calls.find((c) => c.method === 'cases.decideBlocked')?.args).toEqual({ caseId: 'c_1', decision: 'admit', reason: 'Linked to an open investigation' });
  });

  it("shows main's refusal when the decision fails", async () => {
    signedInAs('supervisor');
    await openCase({
      'cases.get': ok(blocked()),
      'cases.decideBlocked': { ok: false, error: { code: 'conflict', message: 'The case is no longer blocked' } },
    });
    fireEvent.change(screen.getByTestId('block-decision-reason'), { target: { value: 'No' } });
    fireEvent.click(screen.getByTestId('block-refuse'));
    expect((await screen.findByTestId('block-decision-error')).textContent).toBe('The case is no longer blocked');
  });
});

describe('Export menu', () => {
  it('saves the PNG main returns under its file name', async () => {
    signedInAs('examiner');
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:print');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47);
    const calls = await openCase({
      'cases.get': ok(detail()),
      'exports.allowance': ok({ day: '2026-11-28', prints: { used: 3, limit: 20 }, records: { used: 0, limit: 100 } }),
      'prints.export': ok({
        printId: 'p_q', fileName: 'ridgeline-print-p_q-fgp2.png', mediaType: 'image/png', png,
        ppi: 500, width: 300, height: 400, sha256: 'a'.repeat(64),
      }),
    });
    fireEvent.click(screen.getByTestId('export-menu'));
    fireEvent.click(screen.getByTestId('export-print-p_q'));
    // Nothing leaves before the examiner confirms, seeing what remains of today's allowance.
    expect(calls.some((c) => c.method === 'prints.export')).toBe(false);
    expect((await screen.findByTestId('export-remaining')).textContent).toContain('3 of 20 print exports used, 17 remaining');
    fireEvent.click(screen.getByTestId('export-confirm-button'));
    await waitFor(() => expect(clicks).toEqual(['ridgeline-print-p_q-fgp2.png']));
    expect(calls.find((c) => c.method === 'prints.export')?.args).toEqual({ printId: 'p_q' });
    const blob = createObjectURL.mock.calls[0]![0];
    expect(blob.type).toBe('image/png');
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blob);
    });
    expect(new Uint8Array(bytes)).toEqual(png);
  });

  it('reports the export-limit lock and re-reads the session so the gate takes over', async () => {
    signedInAs('supervisor');
    const calls = await openCase({
      'cases.get': ok(detail()),
      'exports.allowance': ok({ day: '2026-11-28', prints: { used: 3, limit: 20 }, records: { used: 0, limit: 100 } }),
      'prints.export': { ok: false, error: { code: 'account-locked', message: 'The daily export limit is reached' } },
      'auth.status': ok({ firstRun: false, signedIn: false, locked: false, user: null, inactivityMinutes: 10 }),
    });
    fireEvent.click(screen.getByTestId('export-menu'));
    fireEvent.click(screen.getByTestId('export-print-p_h'));
    await screen.findByTestId('export-remaining');
    fireEvent.click(screen.getByTestId('export-confirm-button'));
    // Main ended the session: the store learns it, and the session gate (not this viewer) shows the lock.
    await waitFor(() => expect(useSessionStore.getState().status?.signedIn).toBe(false));
    expect(calls.map((c) => c.method)).toContain('auth.status');
  });

  it('is not offered to an auditor', async () => {
    signedInAs('auditor');
    await openCase({ 'cases.get': ok(detail()) });
    expect(screen.queryByTestId('export-menu')).toBeNull();
  });
});
