import { defineConfig } from 'vitest/config';

// Node-side tests run in the node environment; React component tests declare
// `// @vitest-environment jsdom` at the top of the file. E2E specs run under
// scripts/e2e.mjs (Playwright + Chromium), not here.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.tsx', 'test/native/**/*.test.ts', 'test/shell/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/data/**/*.test.ts', 'test/layers/**/*.test.ts'],
    setupFiles: ['test/setup/vitest.setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
