import { defineConfig } from 'vitest/config';

// Browser stories: a real Chromium (via playwright-core) against `dist/`, served locally.
// One file at a time: the machine has two cores and every file starts its own browser.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
