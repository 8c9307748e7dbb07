// Spawns test/helpers/hostile-run.ts for one worst case with a heap cap, so a
// regression that exhausts memory fails the test instead of killing the worker.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

export interface IsolatedOutcome {
  result?: 'parsed' | 'refused';
  code?: string;
  message?: string;
  ms?: number;
  exitStatus: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

export function runIsolated(name: string, heapMb = 256, timeoutMs = 45_000): IsolatedOutcome {
  const child = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, '--import', 'tsx', path.join(root, 'test', 'helpers', 'hostile-run.ts'), name], {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  const parsed = line.startsWith('{') ? (JSON.parse(line) as Partial<IsolatedOutcome>) : {};
  return { ...parsed, exitStatus: child.status, signal: child.signal, stderr: child.stderr.slice(-2000) };
}
