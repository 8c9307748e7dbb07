// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { IntakeResult } from '../../preload/contract/packets';
import { ImportPacket } from '../../renderer/src/features/import';
import { installFakeBridge, ok } from './fake-bridge';

afterEach(() => {
  cleanup();
  delete window.ridgeline;
});

const result: IntakeResult = {
  caseId: 'c_1',
  packetId: 'k_1',
  reference: 'PTA-2026-0001',
  partnerId: 'pt_a',
  purposeCode: 'CRIM-INV',
  agreementVersion: 3,
  state: 'received',
  sha256: 'ab'.repeat(32),
  references: { tcn: 'PTA-2026-0001', tcr: null, originatingAgency: 'PTAORI', destinationAgency: 'RIDGELINE', date: '20261128', transactionType: 'IBQ', uniqueReference: 'A/77', eventReference: null, subjectReference: null, caseType: null },
  signerFingerprint: 'F'.repeat(40),
  printCount: 1,
  candidateCount: 5,
  skipped: [{ record: 4, recordType: 14, reason: 'unsupported: compression "XYZ" is not supported' }],
  warnings: ['CNT says 3 records follow Type-1 but lists 2'],
};

const file = (name: string) => new File([new Uint8Array([0x31, 0x2e, 0x30, 0x30, 0x31, 0x3a])], name);

describe('ImportPacket', () => {
  it('sends the file bytes (not a path) and shows the case, its references, candidates, skipped images and warnings', async () => {
    const calls = installFakeBridge({ 'packets.intake': ok(result), 'packets.progress': ok({ stage: 'decoding', fraction: 0.5, done: 1, total: 2 }) });
    let imported: IntakeResult | null = null;
    render(<ImportPacket onImported={(r) => (imported = r)} />);
    await act(async () => {
      fireEvent.change(screen.getByTestId('import-file-input'), { target: { files: [file('q.gpg')] } });
    });
    await waitFor(() => expect(screen.getByTestId('import-result')).toBeTruthy());
    const importCall = calls.find((c) => c.method === 'packets.intake')!.args as Record<string, unknown>;
    expect(importCall).toMatchObject({ fileName: 'q.gpg' });
    expect(Array.from(importCall['content'] as Uint8Array)).toEqual([0x31, 0x2e, 0x30, 0x30, 0x31, 0x3a]);
    expect(String(importCall['importId'])).toMatch(/^imp-[0-9a-f]{32}$/);
    expect(screen.getByTestId('import-result').textContent).toContain('case PTA-2026-0001 from pt_a');
    expect(screen.getByTestId('import-candidates').textContent).toContain('5 candidates');
    expect(screen.getByTestId('foreign-provided-badge')).toBeTruthy();
    expect(screen.getByTestId('import-skipped').textContent).toContain('XYZ');
    expect(screen.getByTestId('import-warnings').textContent).toContain('CNT says');
    expect(imported).toEqual(result);
  });

  it('accepts a dropped file and reports a typed refusal with its reason', async () => {
    installFakeBridge({
      'packets.intake': { ok: false, error: { code: 'refused', message: 'The packet is signed by a key that no agreement of your partners holds', details: { reason: 'unknown-sender' } } },
      'packets.progress': ok({ stage: 'opening', fraction: 0.1 }),
    });
    render(<ImportPacket />);
    await act(async () => {
      fireEvent.drop(screen.getByTestId('import-drop-zone'), { dataTransfer: { files: [file('stranger.gpg')] } });
    });
    await waitFor(() => expect(screen.getByTestId('import-error').textContent).toContain('Refused: Unknown sender'));
    expect(screen.getByTestId('import-error').getAttribute('data-reason')).toBe('unknown-sender');
  });

  it('shows progress while main works', async () => {
    let finish: (value: unknown) => void = () => undefined;
    window.ridgeline = {
      invoke: (method) =>
        method === 'packets.progress' ? Promise.resolve(ok({ stage: 'decoding', fraction: 0.4, done: 4, total: 10 })) : new Promise((resolve) => (finish = resolve as (value: unknown) => void)),
    };
    render(<ImportPacket />);
    await act(async () => {
      fireEvent.change(screen.getByTestId('import-file-input'), { target: { files: [file('big.gpg')] } });
    });
    await waitFor(() => expect(screen.getByTestId('import-progress').textContent).toContain('Decoding images (4 of 10)'), { timeout: 2000 });
    await act(async () => finish(ok(result)));
    await waitFor(() => expect(screen.getByTestId('import-result')).toBeTruthy());
  });
});
