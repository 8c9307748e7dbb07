// A throwaway renderer bundle with a secret file beside it (outside the root)
// and symlinks pointing in and out, for the traversal tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function makeBundle() {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ridgeline-bundle-'));
  const root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Ridgeline</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'escape.txt'));
  fs.symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'assets', 'alias.js'));
  fs.symlinkSync(base, path.join(root, 'up'));
  return { base, root, cleanup: () => fs.rmSync(base, { recursive: true, force: true }) };
}

/** Requests that try to leave the bundle root, each one of a different trick. */
export const TRAVERSALS = [
  '/../secret.txt',
  '/assets/../../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E/secret.txt',
  '/assets/%2e%2e/%2e%2e/secret.txt',
  '/..%2fsecret.txt',
  '/..%2Fsecret.txt',
  '/..%5csecret.txt',
  '/..\\secret.txt',
  '/assets\\..\\..\\secret.txt',
  '/%252e%252e/secret.txt',
  '/assets/escape.txt',
  '/up/secret.txt',
  '//etc/passwd',
  '/C:/Windows/win.ini',
  '/c%3a/Windows/win.ini',
  '/index.html%00.png',
  '/%E0%A4%A',
  '/assets',
];
