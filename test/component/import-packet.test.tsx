// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PacketImportResult } from '../../preload/contract/packets';
import { ImportPacket } from '../../renderer/src/features/import';
import { installFakeBridge, ok } from './fake-bridge';

afterEach(() => {
  cleanup();
  delete window.ridgeline;
});

const result: PacketImportResult = {
  packetId: 'k_1',
  sha256: 'ab'.repeat(32),
  sender: 'PARTNERA1',
  controlNumber: 'TCN-42',
  duplicateOf: [],
  prints: [
    { id: 'p_1', caseId: null, role: 'query', label: 'right index (FGP 2), Type-14', fingerPosition: 2, impressionType: 'rolled', width: 800, height: 750, ppi: 500, source: 'q.an2 record 2 (Type-14)', foreignProvided: true, sha256: 'x' },
  ],
  annotationCount: 0,
  skipped: [{ record: 4, recordType: 14, reason: 'unsupported: compression "XYZ" is not supported' }],
  warnings: ['CNT says 3 records follow Type-1 but lists 2'],
};

const file = (name: string) => new File([new Uint8Array([0x31, 0x2e, 0x30, 0x30, 0x31, 0x3a])], name);

describe('ImportPacket', () => {
  it('sends the file bytes (not a path) and shows prints, skipped images and warnings', async () => {
    const calls = installFakeBridge({ 'packets.import': ok(result), 'packets.progress': ok({ stage: 'decoding', fraction: 0.5, done: 1, total: 2 }) });
    let imported: PacketImportResult | null = null;
    render(<ImportPacket partnerId="pt_a" onImported={(r) => (imported = r)} />);
    await act(async () => {
      fireEvent.change(screen.getByTestId('import-file-input'), { target: { files: [file('q.an2')] } });
    });
    await waitFor(() => expect(screen.getByTestId('import-result')).toBeTruthy());
    const importCall = calls.find((c) => c.method === 'packets.import')!.args as Record<string, unknown>;
    expect(importCall).toMatchObject({ fileName: 'q.an2', partnerId: 'pt_a', caseId: null });
    expect(Array.from(importCall['content'] as Uint8Array)).toEqual([0x31, 0x2e, 0x30, 0x30, 0x31, 0x3a]);
    expect(String(importCall['importId'])).toMatch(/^imp-[0-9a-f]{32}$/);
    expect(screen.getByTestId('import-result').textContent).toContain('1 print imported from PARTNERA1');
    expect(screen.getByTestId('foreign-provided-badge')).toBeTruthy();
    expect(screen.getByTestId('import-skipped').textContent).toContain('XYZ');
    expect(screen.getByTestId('import-warnings').textContent).toContain('CNT says');
    expect(imported).toEqual(result);
  });

  it('accepts a dropped file and reports a typed failure', async () => {
    installFakeBridge({ 'packets.import': { ok: false, error: { code: 'bad-file', message: 'Record 2 (Type-14) declares 900 bytes but only 20 remain (truncated file)' } }, 'packets.progress': ok({ stage: 'reading', fraction: 0.1 }) });
    render(<ImportPacket />);
    await act(async () => {
      fireEvent.drop(screen.getByTestId('import-drop-zone'), { dataTransfer: { files: [file('broken.eft')] } });
    });
    await waitFor(() => expect(screen.getByTestId('import-error').textContent).toContain('truncated file'));
  });

  it('shows progress while main works', async () => {
    let finish: (value: unknown) => void = () => undefined;
    window.ridgeline = {
      invoke: (method) =>
        method === 'packets.progress' ? Promise.resolve(ok({ stage: 'decoding', fraction: 0.4, done: 4, total: 10 })) : new Promise((resolve) => (finish = resolve as (value: unknown) => void)),
    };
    render(<ImportPacket />);
    await act(async () => {
      fireEvent.change(screen.getByTestId('import-file-input'), { target: { files: [file('big.nist')] } });
    });
    await waitFor(() => expect(screen.getByTestId('import-progress').textContent).toContain('Decoding images (4 of 10)'), { timeout: 2000 });
    await act(async () => finish(ok(result)));
    await waitFor(() => expect(screen.getByTestId('import-result')).toBeTruthy());
  });
});
