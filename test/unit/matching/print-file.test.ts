import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RidgelineError } from '../../../main/core/errors';
import { loadPrint, parsePpi, parseRawSize, readFileBytes } from '../../../main/core/matching/print-file';
import { encodeTemplate } from '../../../main/formats/templates';

const codeOf = async (run: () => unknown): Promise<string> => {
  try {
    await run();
    return 'no error';
  } catch (error) {
    return error instanceof RidgelineError ? error.code : 'untyped';
  }
};

describe('print files for the matcher CLI', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ridgeline-print-file-'));

  it('parses --ppi and --raw strictly', async () => {
    expect(parsePpi(undefined)).toBeUndefined();
    expect(parsePpi('569')).toBe(569);
    for (const bad of ['NaN', '0', '-500', '1e6', 'abc', '']) expect(await codeOf(() => parsePpi(bad))).toBe('invalid-argument');
    expect(parseRawSize('388x374')).toEqual({ width: 388, height: 374 });
    for (const bad of ['388', '388x', 'x374', '1.5x2', '999999x1']) expect(await codeOf(() => parseRawSize(bad))).toBe('invalid-argument');
  });

  it('reads files with typed errors for missing paths and folders', async () => {
    expect(await codeOf(() => readFileBytes(path.join(dir, 'absent.tif')))).toBe('not-found');
    expect(await codeOf(() => readFileBytes(dir))).toBe('invalid-argument');
  });

  it('loads template files without extracting, whatever their format', async () => {
    const template = { width: 300, height: 300, ppi: 500, minutiae: [{ x: 10, y: 20, direction: 1, type: 'ending' as const, quality: 70 }] };
    for (const format of ['rdlt', 'iso19794-2', 'ansi378'] as const) {
      const file = path.join(dir, `t.${format}`);
      fs.writeFileSync(file, encodeTemplate(template, format));
      const loaded = await loadPrint(file);
      expect(loaded.source).toBe(format);
      expect(loaded.template.minutiae).toHaveLength(1);
      expect(loaded.features).toBeUndefined();
    }
  });

  it('refuses bytes that are neither a template nor an image', async () => {
    const file = path.join(dir, 'notes.txt');
    fs.writeFileSync(file, 'not a fingerprint');
    expect(['bad-file', 'unsupported']).toContain(await codeOf(() => loadPrint(file)));
  });
});
