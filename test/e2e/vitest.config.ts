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
    // expect.poll waits on a state; its default upper bound of 1 s is a fixed time that a busy
    // machine (two CPUs, other work) overruns: a save alone is 300 ms plus the work before it.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
  },
});
