import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index';
import { openWorkspace } from '../../main/core/workspace';
import { createTestWorkspace, tempDir } from '../helpers/workspace';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('ridgeline accounts', () => {
  it('adds an administrator when every administrator is locked out, and audits it', async () => {
    const { ws, dir, key } = createTestWorkspace();
    const admin = await ws.accounts.setupAdministrator({ username: 'admin', displayName: 'A', password: 'correct horse battery' }, 'ws');
    ws.accounts.users.lock(admin.id, 'failed-sign-ins', { failures: 5 }, new Date().toISOString());
    ws.close();
    const keyFile = path.join(tempDir(), 'key');
    fs.writeFileSync(keyFile, Buffer.from(key).toString('hex'));
    const db = path.join(dir, 'ridgeline.db');
    process.env.RIDGELINE_TEST_NEW_ADMIN_PW = 'break glass passphrase';

    expect((await cli('accounts', 'add-admin', '--db', db, '--key-file', keyFile, '--username', 'rescue')).code).toBe(2);
    const added = await cli('accounts', 'add-admin', '--db', db, '--key-file', keyFile, '--username', 'rescue', '--password-env', 'RIDGELINE_TEST_NEW_ADMIN_PW', '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ username: 'rescue', roles: ['administrator'], mustChangePassword: true });
    const listed = await cli('accounts', 'list', '--db', db, '--key-file', keyFile);
    expect(listed.stdout).toMatch(/admin .*LOCKED \(failed-sign-ins\)/);
    expect(listed.stdout).not.toMatch(/scrypt/);

    const reopened = openWorkspace({ dir, key });
    expect(reopened.audit.query({ event: 'account.created' })[0]).toMatchObject({ userId: null, username: expect.stringMatching(/^cli:/), details: { username: 'rescue' } });
    reopened.close();
    delete process.env.RIDGELINE_TEST_NEW_ADMIN_PW;
  });
});
