import { defineConfig } from 'vitest/config';

// Browser stories: a real Chromium (via playwright-core) against `dist/`, served locally.
// Two files at a time, each with its own browser: most of a story is waiting on a page (a save,
// a download, a script arriving late), so two share the machine's two cores well (the stories took
// 575 s one file at a time on a quiet machine).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    // expect.poll waits on a state; its default upper bound of 1 s is a fixed time that a busy
    // machine (two CPUs, other work) overruns: a save alone is 300 ms plus the work before it.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
  },
});
