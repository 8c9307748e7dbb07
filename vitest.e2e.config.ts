import { defineConfig } from 'vitest/config';

// End-to-end specs (test/e2e/*.e2e.ts): the built renderer driven by Playwright
// in Debian's Chromium with the real API host in this process, and the same
// specs in real Electron when its binary exists. One browser at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/harness/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    fileParallelism: false,
  },
});
