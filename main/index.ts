// Electron main entry (built to out/main/index.cjs). Everything lives in
// main/electron; domain services are Electron-free under main/core.
import { startApp } from './electron/start';

startApp(__dirname);
