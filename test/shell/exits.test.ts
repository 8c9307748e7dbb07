// Finding 2: the exits that bypassed the export limit and the audit. DevTools
// and renderer downloads are covered in start.test.ts (packaged start); here:
// debugging switches, files written only by main, and the print image route
// (audited first, display resolution, nothing of a blocked case, and the same
// answer for out-of-scope as for missing).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { debuggingSwitches, devToolsAllowed, saveInMain, writeChosenFile } from '../../main/electron/exits';
import { createDisplayPrintSource, DISPLAY_MAX_EDGE, type ViewerIdentity } from '../../main/protocol/print-media';
import { createTestWorkspace, tempDir } from '../helpers/workspace';

vi.mock('electron', () => ({}));

const { ws } = createTestWorkspace();
afterAll(() => ws.close());
ws.partners.add({ id: 'pt_a', name: 'Partner A', country: 'AA' });
ws.partners.add({ id: 'pt_b', name: 'Partner B', country: 'BB' });
const W = 2000;
const H = 1500;
const big = new Uint8Array(W * H).map((_, i) => i % 251);
const caseA = ws.cases.create({ reference: 'A-1', partnerId: 'pt_a', purposeCode: 'CRIM', foreignProvided: true });
const printA = ws.prints.add({ caseId: caseA, partnerId: 'pt_a', role: 'query', label: 'x', fingerPosition: 2, impressionType: 'rolled', width: W, height: H, ppi: 1000, pixels: big, source: 't', foreignProvided: true });
const examiner = (partnerIds: string[]): (() => ViewerIdentity) => () => ({ userId: 'u_1', username: 'ada', partnerIds });

describe('debugging and DevTools', () => {
  it('finds the remote-debugging and inspector switches in any spelling', () => {
    expect(debuggingSwitches(['/opt/Ridgeline/ridgeline', '--remote-debugging-port=9222', '--remote-debugging-pipe', '--inspect', '--no-sandbox'])).toEqual(['remote-debugging-port', 'remote-debugging-pipe', 'inspect']);
    expect(debuggingSwitches(['/opt/Ridgeline/ridgeline', 'case.eft'])).toEqual([]);
  });

  it('allows DevTools only in a development build that asks for them', () => {
    expect(devToolsAllowed(true, { RIDGELINE_DEVTOOLS: '1' })).toBe(false);
    expect(devToolsAllowed(false, { RIDGELINE_DEVTOOLS: '1' })).toBe(true);
    expect(devToolsAllowed(false, {})).toBe(false);
  });
});

describe('files are written by main', () => {
  it('saves an export where the user chose, owner-only, and hands the renderer no bytes', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'print.png');
    const value = { printId: 'p_1', fileName: 'ridgeline-print.png', mediaType: 'image/png', png: new Uint8Array(Buffer.from('PNGDATA')) };
    const result = await saveInMain('prints.export', value, async (name) => (expect(name).toBe('ridgeline-print.png'), target));
    expect(result).toEqual({ printId: 'p_1', fileName: 'ridgeline-print.png', mediaType: 'image/png', savedTo: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('PNGDATA');
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(await saveInMain('prints.export', value, async () => null)).toMatchObject({ savedTo: null });
  });

  it('never writes through a symbolic link planted at the chosen name', () => {
    const dir = tempDir();
    const victim = path.join(dir, 'victim');
    fs.writeFileSync(victim, 'keep');
    fs.symlinkSync(victim, path.join(dir, 'link.png'));
    expect(() => writeChosenFile(path.join(dir, 'link.png'), Buffer.from('x'))).toThrow();
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep');
  });
});

describe('the print image route', () => {
  it('writes an audit entry before serving, and serves display resolution only', () => {
    const before = ws.audit.head().seq;
    const image = createDisplayPrintSource(ws, examiner(['pt_a']), 'ws-1').printImage(printA);
    expect(Math.max(image.width, image.height)).toBeLessThanOrEqual(DISPLAY_MAX_EDGE);
    expect(image.ppi).toBe(500);
    const entries = ws.audit.query({}).filter((e) => e.seq > before);
    expect(entries.map((e) => [e.event, e.objects, e.username])).toEqual([['print.viewed', [`print:${printA}`, `case:${caseA}`], 'ada']]);
  });

  it('serves nothing when the view cannot be audited', () => {
    const spy = vi.spyOn(ws.audit, 'record').mockImplementation(() => {
      throw new Error('disk full');
    });
    expect(() => createDisplayPrintSource(ws, examiner(['pt_a']), 'ws-1').printImage(printA)).toThrow('disk full');
    spy.mockRestore();
  });

  it('answers an out-of-scope print exactly like a missing one, naming no case', () => {
    const source = createDisplayPrintSource(ws, examiner(['pt_b']), 'ws-1');
    const answer = (id: string) => {
      try {
        source.printImage(id);
      } catch (error) {
        const { code, message, details } = error as { code: string; message: string; details: Record<string, unknown> };
        return { code, message: message.replace(id, '<id>'), details: JSON.stringify(details).replace(id, '<id>') };
      }
      throw new Error('served');
    };
    expect(answer(printA)).toEqual(answer('p_missing'));
    expect(JSON.stringify(answer(printA))).not.toContain(caseA);
  });
});
