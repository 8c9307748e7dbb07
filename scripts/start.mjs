// `npm start`: build everything, then launch the Electron app. Where Electron
// cannot run (no binary downloaded, no display, missing system libraries) it
// says why and what to do, instead of a stack trace.
import { spawnSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function explain(lines) {
  console.error(['', 'Ridgeline cannot start here.', ...lines.map((l) => `  ${l}`), ''].join('\n'));
  process.exit(1);
}

const binary = findElectronBinary();
if (!binary.found) {
  explain([
    `Reason: ${binary.reason}.`,
    'The Electron runtime is downloaded by `npm install` from the internet; this machine did not get it',
    '(offline install, or a build/CI machine where Electron is not meant to run).',
    '',
    'Fix: on a workstation with internet access run',
    '    node node_modules/electron/install.js',
    'then `npm start` again. Without Electron you can still use `npm test` (E2E runs in Chromium)',
    'and the `ridgeline` command-line tool.',
  ]);
}

const version = spawnSync(binary.path, ['--version'], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
if (version.status !== 0) {
  explain([
    `Reason: the Electron binary at ${binary.path} does not run (${(version.stderr || version.error?.message || `exit ${version.status}`).trim().split('\n')[0]}).`,
    'Usually a system library is missing (e.g. libnss3, libgtk-3-0, libasound2 on Debian/Ubuntu).',
    '',
    'Fix: install the libraries Electron needs, e.g.',
    '    apt-get install -y libnss3 libgtk-3-0 libasound2 libxss1 libgbm1',
    'or reinstall the runtime with `node node_modules/electron/install.js`.',
  ]);
}

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  explain([
    'Reason: there is no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set).',
    'Fix: run `npm start` from a desktop session, or under a virtual display: `xvfb-run npm start`.',
  ]);
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) explain(['Reason: the build failed (see the messages above).', 'Fix: correct the reported error and run `npm start` again.']);

const child = spawn(binary.path, [root], { cwd: root, stdio: 'inherit' });
child.on('error', (error) => explain([`Reason: Electron could not be launched: ${error.message}.`]));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
