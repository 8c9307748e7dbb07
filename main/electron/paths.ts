// Where the app keeps things: the workspace and the wrapped key live in the
// user-data folder; the bundle and preload sit next to the built main script.
import fs from 'node:fs';
import path from 'node:path';

export interface AppPaths {
  userData: string;
  workspaceDir: string;
  bundleRoot: string;
  preload: string;
}

/** `mainDir` is the folder of out/main/index.cjs (inside app.asar when packaged). */
export function appPaths(userData: string, mainDir: string): AppPaths {
  const out = path.dirname(mainDir);
  return {
    userData,
    workspaceDir: path.join(userData, 'workspace'),
    bundleRoot: path.join(out, 'renderer'),
    preload: path.join(out, 'preload', 'index.cjs'),
  };
}

export function workspaceExists(workspaceDir: string, databaseFile: string): boolean {
  return fs.existsSync(path.join(workspaceDir, databaseFile));
}
