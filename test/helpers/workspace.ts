// Test workspaces: a fresh encrypted database in a temp folder with a random key.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace, type Workspace } from '../../main/core/workspace';

export function tempDir(prefix = 'ridgeline-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function testKey(): Uint8Array {
  return new Uint8Array(randomBytes(32));
}

export function createTestWorkspace(): { ws: Workspace; dir: string; key: Uint8Array } {
  const dir = tempDir();
  const key = testKey();
  const ws = openWorkspace({ dir, key, create: true });
  return { ws, dir, key };
}
