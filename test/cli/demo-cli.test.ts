import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index';
import { openWorkspace } from '../../main/core/workspace';
import { tempDir } from '../helpers/workspace';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('ridgeline demo', () => {
  it('creates a missing key file (0600), says so, writes an encrypted demo workspace, and is idempotent', async () => {
    const root = tempDir();
    const out = path.join(root, 'demo');
    const keyFile = path.join(root, 'demo.key');
    const first = await cli('demo', '--out', out, '--key-file', keyFile, '--seed', '5', '--scoring', 'ground-truth');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Created key file .*demo\.key \(mode 0600\)/);
    expect(first.stdout).toMatch(/4 cases, 5 query prints, 10 holdings/);
    expect(first.stdout).toMatch(/derived from the generator's ground truth/);
    // One account per role, its one-time password printed this once; the app's first start adds the administrator.
    for (const username of ['demo-examiner', 'demo-verifier', 'demo-supervisor', 'demo-auditor']) {
      expect(first.stdout).toMatch(new RegExp(`${username}\\s+[a-z2-9]{4}(-[a-z2-9]{4}){4}`));
    }
    expect(first.stdout).toMatch(/no administrator yet/);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(keyFile, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);

    // The file is encrypted: no SQLite header, no names in the bytes.
    const bytes = fs.readFileSync(path.join(out, 'ridgeline.db'));
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(bytes.includes(Buffer.from('Demo Partner'))).toBe(false);

    const key = new Uint8Array(Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'hex'));
    const ws = openWorkspace({ dir: out, key });
    try {
      expect(ws.meta.get('demo')).toBe('true');
      expect(ws.cases.list(['partner_demo'])).toHaveLength(4);
      expect(ws.accounts.users.find('demo-supervisor')).toMatchObject({ roles: ['supervisor'], partnerIds: ['partner_demo'], mustChangePassword: true });
      expect(ws.accounts.isFirstRun()).toBe(true);
    } finally {
      ws.close();
    }

    const info = await cli('info', '--db', path.join(out, 'ridgeline.db'), '--key-file', keyFile, '--json');
    expect(JSON.parse(info.stdout)).toMatchObject({ demo: true, cases: 4 });

    const again = await cli('demo', '--out', out, '--key-file', keyFile, '--scoring', 'ground-truth', '--json');
    expect(again.code).toBe(0);
    const result = JSON.parse(again.stdout);
    expect(result).toMatchObject({ keyFileCreated: false, created: false, holdingCount: 10, queryPrintCount: 5, candidateScores: 'ground-truth', seed: 5 });
    expect(result.caseIds).toHaveLength(4);
    expect(result.accounts).toEqual([]);
  });

  it('will not create a new key for an existing workspace', async () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'ridgeline.db'), 'x');
    const run = await cli('demo', '--out', root, '--key-file', path.join(root, 'missing.key'), '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'not-found' } });
    expect(fs.existsSync(path.join(root, 'missing.key'))).toBe(false);
  });

  it('never uses a default key and refuses bad arguments with typed errors', async () => {
    const out = path.join(tempDir(), 'w');
    const noKey = await cli('demo', '--out', out, '--json');
    expect(noKey.code).toBe(2);
    expect(JSON.parse(noKey.stdout)).toMatchObject({ error: { code: 'invalid-argument' } });
    expect(fs.existsSync(out)).toBe(false);
    const badSeed = await cli('demo', '--out', out, '--key-file', path.join(tempDir(), 'k'), '--seed', '-3', '--json');
    expect(badSeed.code).toBe(2);
    const badScoring = await cli('demo', '--out', out, '--key-env', 'X', '--scoring', 'guess', '--json');
    expect(JSON.parse(badScoring.stdout)).toMatchObject({ error: { code: 'invalid-argument' } });
    const noOut = await cli('demo', '--key-env', 'X');
    expect(noOut.code).toBe(2);
  });
});
