import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index';
import { openDatabase } from '../../main/core/db/open';
import { createTestWorkspace, tempDir } from '../helpers/workspace';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function workspaceWithTrail(entries = 8) {
  const { ws, dir, key } = createTestWorkspace();
  const actor = { userId: 'u_1', username: 'alice', workstation: 'ws-1' };
  for (let i = 1; i <= entries; i++) ws.audit.record({ actor, event: 'case.read', outcome: 'success', objects: [`case:c_${i}`], details: { i } });
  ws.close();
  const keyFile = path.join(tempDir(), 'key.hex');
  fs.writeFileSync(keyFile, Buffer.from(key).toString('hex'));
  return { db: path.join(dir, 'ridgeline.db'), key, keyFile };
}

describe('ridgeline audit', () => {
  it('verify exits 0 on an intact chain and reports the head', async () => {
    const { db, keyFile } = workspaceWithTrail();
    const human = await cli('audit', 'verify', '--db', db, '--key-file', keyFile);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/intact: 8 entries/);
    const json = await cli('audit', 'verify', '--db', db, '--key-file', keyFile, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, entryCount: 8, head: { seq: 8 }, firstBroken: null });
  });

  it('verify exits 1 and names the first broken entry', async () => {
    const { db, key, keyFile } = workspaceWithTrail();
    const raw = openDatabase(db, { key });
    raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete');
    raw.prepare(`UPDATE audit_log SET username = 'mallory' WHERE seq = 3`).run();
    raw.prepare('DELETE FROM audit_log WHERE seq = 8').run();
    raw.close();
    const human = await cli('audit', 'verify', '--db', db, '--key-file', keyFile);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/BROKEN at entry 3 \(edited\)/);
    const json = await cli('audit', 'verify', '--db', db, '--key-file', keyFile, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, firstBroken: { seq: 3, problem: 'edited' } });
  });

  it('reads the key from an environment variable and refuses a wrong key with a typed error', async () => {
    const { db, key } = workspaceWithTrail(2);
    process.env.RIDGELINE_TEST_AUDIT_KEY = Buffer.from(key).toString('hex');
    expect((await cli('audit', 'verify', '--db', db, '--key-env', 'RIDGELINE_TEST_AUDIT_KEY')).code).toBe(0);
    process.env.RIDGELINE_TEST_AUDIT_KEY = 'ab'.repeat(32);
    const wrong = await cli('audit', 'verify', '--db', db, '--key-env', 'RIDGELINE_TEST_AUDIT_KEY', '--json');
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ error: { code: 'wrong-key' } });
    delete process.env.RIDGELINE_TEST_AUDIT_KEY;
  });

  for (const format of ['jsonl', 'csv'] as const) {
    it(`export --format ${format} writes a file that verifies on its own, and is itself recorded`, async () => {
      const { db, keyFile } = workspaceWithTrail(5);
      const out = path.join(tempDir(), `trail.${format}`);
      const exported = await cli('audit', 'export', '--db', db, '--key-file', keyFile, '--format', format, '--out', out, '--json');
      expect(exported.code).toBe(0);
      const summary = JSON.parse(exported.stdout) as { head: { seq: number; hash: string }; entryCount: number };
      expect(summary).toMatchObject({ entryCount: 5, head: { seq: 5 } });

      const checked = await cli('audit', 'verify', '--export', out, '--json');
      expect(checked.code).toBe(0);
      expect(JSON.parse(checked.stdout)).toMatchObject({ ok: true, entryCount: 5, head: summary.head });

      // The export event is in the chain; the earlier head is still there.
      const later = await cli('audit', 'verify', '--db', db, '--key-file', keyFile, '--expect-head', `${summary.head.seq}:${summary.head.hash}`, '--json');
      expect(JSON.parse(later.stdout)).toMatchObject({ ok: true, entryCount: 6, expectedHead: { found: true } });

      fs.writeFileSync(out, fs.readFileSync(out, 'utf8').replace('alice', 'alicf'));
      expect((await cli('audit', 'verify', '--export', out)).code).toBe(1);
      // Never overwrites an existing file.
      expect((await cli('audit', 'export', '--db', db, '--key-file', keyFile, '--format', format, '--out', out)).code).toBe(1);
    });
  }

  it('reports a head that is no longer in the chain (rewritten or rolled back)', async () => {
    const { db, keyFile } = workspaceWithTrail(3);
    const result = await cli('audit', 'verify', '--db', db, '--key-file', keyFile, '--expect-head', `2:${'a'.repeat(64)}`);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/EXPECTED HEAD 2:a+ NOT FOUND/);
  });

  it('answers bad usage with exit 2', async () => {
    expect((await cli('audit', 'verify', '--db')).code).toBe(2);
    expect((await cli('audit', 'frobnicate')).code).toBe(2);
    expect((await cli('audit', 'export', '--db', 'x.db', '--key-file', 'k', '--format', 'xml', '--out', 'o')).code).toBe(2);
  });
});
